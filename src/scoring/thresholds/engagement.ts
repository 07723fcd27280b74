import { SIGNAL } from '../signal-ids';
import { DEFAULT, NANO_MICRO_SALES_GUIDE, row } from './row';

/** How far from the tier benchmark a median engagement rate may sit before it is flagged. */
export const ENGAGEMENT_ROWS = [
  row('er.minPosts', 'minSample', 3, {
    label: 'Posts with visible likes needed for an engagement rate',
    unit: 'posts',
    comparison: '>=',
    source: `${DEFAULT} a median of fewer than 3 posts is one post's luck`,
    signal: SIGNAL.engagementRate,
  }),
  row('er.lowWarnFactor', 'warn', 0.5, {
    label: 'Engagement too low: below this multiple of the tier benchmark',
    unit: '× benchmark',
    comparison: '<',
    source: `${DEFAULT} half the benchmark; sources give no "too low" figure, and benchmarks vary 2× between reports`,
    signal: SIGNAL.engagementRate,
  }),
  row('er.lowFailFactor', 'fail', 0.2, {
    label: 'Engagement far too low (inactive or bought audience): below this multiple',
    unit: '× benchmark',
    comparison: '<',
    source: `${DEFAULT} a fifth of the benchmark: most followers never engage`,
    signal: SIGNAL.engagementRate,
  }),
  row('er.highWarnFactor', 'warn', 5, {
    label: 'Engagement too high for the tier (pods, bought engagement): above this multiple',
    unit: '× benchmark',
    comparison: '>',
    source: `${DEFAULT} 5× the benchmark; ${NANO_MICRO_SALES_GUIDE} calls nano 5–10% "or higher" normal, so only far outliers warn`,
    signal: SIGNAL.engagementRate,
  }),
  row('ratio.commentsPer100.lowWarn', 'warn', 2, {
    label: 'Comments per 100 likes below',
    unit: 'comments / 100 likes',
    comparison: '<',
    source:
      'SpendVet rule of thumb (vetting-reference "What comparable products show"): 2–5 comments per 100 likes is normal',
    signal: SIGNAL.commentsPerLikes,
  }),
  row('ratio.commentsPer100.highWarn', 'warn', 5, {
    label: 'Comments per 100 likes above',
    unit: 'comments / 100 likes',
    comparison: '>',
    source:
      'SpendVet rule of thumb: 2–5 comments per 100 likes is normal (above: comment pods or bots)',
    signal: SIGNAL.commentsPerLikes,
  }),
  row('ratio.commentsPer100.lowFail', 'fail', 0.5, {
    label: 'Comments per 100 likes far below normal',
    unit: 'comments / 100 likes',
    comparison: '<',
    source: `${DEFAULT} a quarter of SpendVet's lower bound: likes without conversation (bought likes)`,
    signal: SIGNAL.commentsPerLikes,
  }),
  row('ratio.commentsPer100.highFail', 'fail', 20, {
    label: 'Comments per 100 likes far above normal',
    unit: 'comments / 100 likes',
    comparison: '>',
    source: `${DEFAULT} 4× SpendVet's upper bound: comments out of all proportion to likes`,
    signal: SIGNAL.commentsPerLikes,
  }),
  row('ratio.commentsPer100.minPosts', 'minSample', 3, {
    label: 'Posts with visible likes and comments needed',
    unit: 'posts',
    comparison: '>=',
    source: `${DEFAULT} as for the engagement rate`,
    signal: SIGNAL.commentsPerLikes,
  }),
  row('ratio.savesToLikes.warn', 'warn', 0.02, {
    label: 'Saves-to-likes ratio below',
    unit: 'saves / like',
    comparison: '<',
    source: `${NANO_MICRO_SALES_GUIDE} — red flag "low saves-to-likes ratios" (no number given); ${DEFAULT} 2 saves per 100 likes`,
    signal: SIGNAL.savesToLikes,
  }),
  row('ratio.savesToLikes.fail', 'fail', 0.005, {
    label: 'Saves-to-likes ratio far below',
    unit: 'saves / like',
    comparison: '<',
    source: `${NANO_MICRO_SALES_GUIDE} — "low saves-to-likes ratios"; ${DEFAULT} 1 save per 200 likes`,
    signal: SIGNAL.savesToLikes,
  }),
  row('ratio.following.warn', 'warn', 1, {
    label: 'Following ÷ followers above (mass-follow)',
    unit: 'following / follower',
    comparison: '>',
    source: `${DEFAULT} following more accounts than follow back suggests follow-for-follow growth (Modash and Aspire judge fakes by this ratio; HypeAuditor's "mass followers")`,
    signal: SIGNAL.followingRatio,
  }),
  row('ratio.following.fail', 'fail', 3, {
    label: 'Following ÷ followers far above',
    unit: 'following / follower',
    comparison: '>',
    source: `${DEFAULT} three times as many follows as followers`,
    signal: SIGNAL.followingRatio,
  }),
];

import { SIGNAL } from '../signal-ids';
import { DEFAULT, NANO_MICRO_SALES_GUIDE, row } from './row';

/** The sales guide's five fraud signals (seed 000, "Fraud Signal / What to Check / Red Flag Threshold"). */
const FRAUD_TABLE = `${NANO_MICRO_SALES_GUIDE} — Fraud Signal table`;
const share = 'share of sampled comments';

export const FRAUD_ROWS = [
  row('story.fail', 'fail', 0.05, {
    label: 'Story views below this share of followers',
    unit: 'views / follower',
    comparison: '<',
    source: `${FRAUD_TABLE}: story views, "views below 5% of followers"`,
    signal: SIGNAL.storyViews,
  }),
  row('quality.minComments', 'minSample', 10, {
    label: 'Sampled comments needed to judge engagement quality',
    unit: 'comments',
    comparison: '>=',
    source: `${DEFAULT} below 10 comments one spammer decides the share`,
    signal: SIGNAL.engagementQuality,
  }),
  ...(
    [
      ['generic', 'Generic praise', 0.5, 0.75, 'generic praise'],
      ['emojiOnly', 'Emoji-only comments', 0.3, 0.5, 'repetitive emojis'],
      ['duplicate', 'Duplicated comments', 0.15, 0.3, 'repetitive comments'],
      [
        'spam',
        'Spam and self-promotion',
        0.1,
        0.25,
        'comment relevance (off-topic self-promotion)',
      ],
    ] as const
  ).flatMap(([key, label, warn, fail, seedWords]) => [
    row(`quality.${key}.warn`, 'warn', warn, {
      label: `${label}: ${share} at or above`,
      unit: share,
      comparison: '>=',
      source: `${FRAUD_TABLE}: engagement quality, "${seedWords}" (no number); ${DEFAULT} warn at ${warn * 100}%`,
      signal: SIGNAL.engagementQuality,
    }),
    row(`quality.${key}.fail`, 'fail', fail, {
      label: `${label}: ${share} at or above (fail)`,
      unit: share,
      comparison: '>=',
      source: `${FRAUD_TABLE}: engagement quality, "${seedWords}"; ${DEFAULT} fail at ${fail * 100}%`,
      signal: SIGNAL.engagementQuality,
    }),
  ]),
  row('repeat.minPosts', 'minSample', 3, {
    label: 'A commenter counts as repeating when seen on this many sampled posts',
    unit: 'posts',
    comparison: '>=',
    source: `${DEFAULT} pods comment on every post; needs at least this many posts with comment samples`,
    signal: SIGNAL.repeatCommenters,
  }),
  row('repeat.warn', 'warn', 0.5, {
    label: 'Comments written by repeating commenters: share at or above',
    unit: share,
    comparison: '>=',
    source: `${FRAUD_TABLE}: engagement quality, "comment relevance and variety"; ${DEFAULT} half the sample from the same few accounts`,
    signal: SIGNAL.repeatCommenters,
  }),
  row('timing.windowMinutes', 'parameter', 15, {
    label: 'A comment is "early" when made within this many minutes of posting',
    unit: 'minutes',
    comparison: '<=',
    source: `${FRAUD_TABLE}: engagement timing, "all engagement within minutes of posting"; ${DEFAULT} 15 minutes`,
    signal: SIGNAL.engagementTiming,
  }),
  row('timing.warn', 'warn', 0.5, {
    label: 'Early comments: share of timed comments at or above',
    unit: 'share of timed comments',
    comparison: '>=',
    source: `${FRAUD_TABLE}: engagement timing; ${DEFAULT} half of the comments in the first minutes`,
    signal: SIGNAL.engagementTiming,
  }),
  row('timing.fail', 'fail', 0.8, {
    label: 'Early comments: share at or above (fail)',
    unit: 'share of timed comments',
    comparison: '>=',
    source: `${FRAUD_TABLE}: engagement timing, "all engagement"; ${DEFAULT} 80% read as "all"`,
    signal: SIGNAL.engagementTiming,
  }),
  row('timing.minComments', 'minSample', 10, {
    label: 'Comments with a time needed to judge timing',
    unit: 'comments',
    comparison: '>=',
    source: `${DEFAULT} as for engagement quality. Only comments whose time is precise enough count: one shown as "2h" or by date alone that could fall either side of the window is left out`,
    signal: SIGNAL.engagementTiming,
  }),
  row('growth.warn', 'warn', 0.03, {
    label: 'Follower gain per day above this share of followers',
    unit: 'followers gained / follower / day',
    comparison: '>',
    source: `${FRAUD_TABLE}: follower growth, "sudden spikes without viral content"; ${DEFAULT} 3% a day`,
    signal: SIGNAL.growthSpikes,
  }),
  row('growth.fail', 'fail', 0.1, {
    label: 'Follower gain per day above (fail)',
    unit: 'followers gained / follower / day',
    comparison: '>',
    source: `${FRAUD_TABLE}: follower growth; ${DEFAULT} 10% a day`,
    signal: SIGNAL.growthSpikes,
  }),
  row('growth.viralFactor', 'parameter', 5, {
    label: 'A post is viral when its views (or likes) reach this multiple of the median post',
    unit: '× median post',
    comparison: '>=',
    source: `${FRAUD_TABLE}: follower growth, "without viral content"; ${DEFAULT} 5× the creator's median post`,
    signal: SIGNAL.growthSpikes,
  }),
  row('growth.viralWindowDays', 'parameter', 7, {
    label: 'A viral post explains a spike when posted up to this many days before it',
    unit: 'days',
    comparison: '<=',
    source: `${DEFAULT} followers from a viral post arrive within days. A post whose date is shown too roughly to tell whether it falls in the window (such as "2 weeks ago") leaves the gain unjudged`,
    signal: SIGNAL.growthSpikes,
  }),
  row('growth.minPoints', 'minSample', 2, {
    label: 'Follower readings on different days needed',
    unit: 'readings',
    comparison: '>=',
    source: `${DEFAULT} two readings give one gain per day (each visit stores one; a pasted series adds more)`,
    signal: SIGNAL.growthSpikes,
  }),
];

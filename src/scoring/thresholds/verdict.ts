import { DEFAULT, NANO_MICRO_SALES_GUIDE, row } from './row';

/**
 * How much evidence a verdict needs. An `avoid` stands on a red flag only when the sample behind
 * it reaches the minimum for its kind; a smaller one makes the creator "check", not "avoid".
 */
/** Not a signal: rows that weigh the signals into the verdict. */
const VERDICT = 'verdict';
const MULTI = `${NANO_MICRO_SALES_GUIDE} — "multi-signal validation … no single metric catches all fraud"`;

export const VERDICT_ROWS = [
  row('verdict.avoid.minPosts', 'parameter', 6, {
    label: 'Posts or videos behind a red flag before it means avoid',
    unit: 'posts',
    comparison: '>=',
    source: `${DEFAULT} twice the 3 needed to judge at all: a red flag on a handful of posts could be a bad week`,
    signal: VERDICT,
  }),
  row('verdict.avoid.minComments', 'parameter', 30, {
    label: 'Comments behind a red flag before it means avoid',
    unit: 'comments',
    comparison: '>=',
    source: `${DEFAULT} comments from at least two posts; HypeAuditor: 1–3 suspicious comments out of about 20 on a post is normal`,
    signal: VERDICT,
  }),
  row('verdict.avoid.minFollowers', 'parameter', 50, {
    label: 'Followers read behind a red flag before it means avoid',
    unit: 'followers',
    comparison: '>=',
    source: `${DEFAULT} below 50 the fake-share interval is wider than the gap it would prove`,
    signal: VERDICT,
  }),
  row('verdict.avoid.minReadings', 'parameter', 3, {
    label: 'Follower readings behind a growth red flag before it means avoid',
    unit: 'readings',
    comparison: '>=',
    source: `${DEFAULT} a spike needs a reading before, during and after it`,
    signal: VERDICT,
  }),
  row('verdict.avoid.minFigures', 'parameter', 1, {
    label:
      'Figures behind a red flag from a single count (story views, saves, country mix, following)',
    unit: 'figures',
    comparison: '>=',
    source: `${DEFAULT} a count from the profile header or the creator's own insights is the whole population, not a sample`,
    signal: VERDICT,
  }),
  row('verdict.confidence.medium', 'parameter', 3, {
    label: 'Judged signals for medium confidence',
    unit: 'signals',
    comparison: '>=',
    source: `${MULTI}; ${DEFAULT} three independent signals`,
    signal: VERDICT,
  }),
  row('verdict.confidence.high', 'parameter', 5, {
    label: 'Judged signals for high confidence',
    unit: 'signals',
    comparison: '>=',
    source: `${MULTI}; ${DEFAULT} five, including what the comments say`,
    signal: VERDICT,
  }),
];

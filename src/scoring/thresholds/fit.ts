import { SIGNAL } from '../signal-ids';
import { DEFAULT, NANO_MICRO_SALES_GUIDE, row } from './row';

/** Niche fit, content consistency and partnerships: the fit side of the Quick Vetting Checklist. */
const NICHE = `${NANO_MICRO_SALES_GUIDE} — "How Audience Niche Fit Drives ROI"`;
const w = (label: string, source: string) => ({
  label,
  unit: 'weight',
  comparison: 'weight' as const,
  source,
  signal: SIGNAL.nicheFit,
});

export const FIT_ROWS = [
  row(
    'niche.w.topic',
    'weight',
    0.7,
    w(
      'Niche fit: weight of topic match (keywords, categories)',
      `${NICHE}: content themes; ${DEFAULT} topic dominates`,
    ),
  ),
  row(
    'niche.w.language',
    'weight',
    0.15,
    w(
      'Niche fit: weight of comments in target languages',
      `${DEFAULT} audience language as a proxy for audience interests`,
    ),
  ),
  row(
    'niche.w.market',
    'weight',
    0.15,
    w(
      'Niche fit: weight of audience in target countries',
      `${NANO_MICRO_SALES_GUIDE} — location signals; ${DEFAULT}`,
    ),
  ),
  row(
    'niche.topic.w.posts',
    'weight',
    0.6,
    w(
      'Topic: weight of the share of on-niche posts',
      `${NICHE}: prefer creators who post on-niche, not "occasionally"`,
    ),
  ),
  row(
    'niche.topic.w.coverage',
    'weight',
    0.2,
    w('Topic: weight of brand terms found', DEFAULT.concat(' breadth of match')),
  ),
  row(
    'niche.topic.w.bio',
    'weight',
    0.2,
    w('Topic: weight of a brand term in the bio', DEFAULT.concat(' the bio states the niche')),
  ),
  row('niche.coverageTerms', 'parameter', 5, {
    label: 'Brand terms found that count as full coverage',
    unit: 'terms',
    comparison: 'parameter',
    source: `${DEFAULT} brands list many keywords; no creator uses them all`,
    signal: SIGNAL.nicheFit,
  }),
  row('niche.warn', 'warn', 50, {
    label: 'Niche fit below',
    unit: 'score 0–100',
    comparison: '<',
    source: `${DEFAULT} half marks`,
    signal: SIGNAL.nicheFit,
  }),
  row('niche.fail', 'fail', 20, {
    label: 'Niche fit below (fail)',
    unit: 'score 0–100',
    comparison: '<',
    source: `${DEFAULT} hardly any overlap with the brand`,
    signal: SIGNAL.nicheFit,
  }),
  row('nicheEngagement.warn', 'warn', 1, {
    label: 'On-niche posts earn less than this multiple of other posts',
    unit: '× other posts',
    comparison: '<',
    source: `${NICHE}: "prioritize creators whose beauty content generates their highest engagement"`,
    signal: SIGNAL.nicheEngagement,
  }),
  row('nicheEngagement.minPosts', 'minSample', 2, {
    label: 'On-niche posts (and other posts) needed to compare',
    unit: 'posts each',
    comparison: '>=',
    source: `${DEFAULT} a median needs at least two posts a side`,
    signal: SIGNAL.nicheEngagement,
  }),
  row('consistency.minPosts', 'minSample', 4, {
    label: 'Dated posts needed to judge consistency',
    unit: 'posts',
    comparison: '>=',
    source: `${NANO_MICRO_SALES_GUIDE} — Quick Vetting Checklist: "check content consistency over time"; ${DEFAULT} three gaps at least`,
    signal: SIGNAL.consistency,
  }),
  row('consistency.gap.warn', 'warn', 14, {
    label: 'Median days between posts above',
    unit: 'days',
    comparison: '>',
    source: `${NANO_MICRO_SALES_GUIDE} — "content consistency over time"; ${DEFAULT} fewer than two posts a month`,
    signal: SIGNAL.consistency,
  }),
  row('consistency.gap.fail', 'fail', 45, {
    label: 'Median days between posts above (fail)',
    unit: 'days',
    comparison: '>',
    source: `${DEFAULT} posting every six weeks or less`,
    signal: SIGNAL.consistency,
  }),
  row('consistency.recency.warn', 'warn', 30, {
    label: 'Days since the latest post above',
    unit: 'days',
    comparison: '>',
    source: `${DEFAULT} a month of silence`,
    signal: SIGNAL.consistency,
  }),
  row('consistency.recency.fail', 'fail', 90, {
    label: 'Days since the latest post above (fail)',
    unit: 'days',
    comparison: '>',
    source: `${DEFAULT} inactive for a quarter`,
    signal: SIGNAL.consistency,
  }),
  row('partnership.warn', 'warn', 0.5, {
    label: "Sponsored posts earn less than this multiple of the creator's median",
    unit: '× median post',
    comparison: '<',
    source: `${NANO_MICRO_SALES_GUIDE} — Quick Vetting Checklist: "past brand partnerships for fit and performance signals"; ${DEFAULT} sponsored posts at half the usual engagement`,
    signal: SIGNAL.partnerships,
  }),
];

/** How the fraud signals combine into one risk level ("multi-signal validation", 000). */
const MULTI = `${NANO_MICRO_SALES_GUIDE} — "use multi-signal validation … no single metric catches all fraud"`;
export const RISK_ROWS = [
  row('risk.high.fails', 'parameter', 1, {
    label: 'High risk from this many red flags (failed fraud signals with enough sample)',
    unit: 'signals',
    comparison: '>=',
    source: `${MULTI}; ${DEFAULT} a failed signal is a documented red flag`,
    signal: SIGNAL.risk,
  }),
  row('risk.low.minJudged', 'parameter', 3, {
    label: 'Low risk needs at least this many fraud signals judged (else unknown)',
    unit: 'signals',
    comparison: '>=',
    source: `${MULTI}; ${DEFAULT} one clean signal proves little`,
    signal: SIGNAL.risk,
  }),
];

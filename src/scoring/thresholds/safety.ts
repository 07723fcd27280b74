import { SIGNAL } from '../signal-ids';
import { DEFAULT, row } from './row';

/** Suitability is each brand's call (GARM framework); the counts below only say when to look. */
const GARM =
  'GARM Brand Safety Floor + Suitability Framework (WFA, 2020): categories; suitability is set by each brand';

export const SAFETY_ROWS = [
  row('safety.warn', 'warn', 1, {
    label: 'Brand safety: posts (or the bio) with a flagged term, from',
    unit: 'posts',
    comparison: '>=',
    source: `${GARM}; ${DEFAULT} one flagged post is worth a look before booking`,
    signal: SIGNAL.brandSafety,
  }),
  row('safety.fail', 'fail', 3, {
    label: 'Brand safety: posts (or the bio) with a flagged term, from (fail)',
    unit: 'posts',
    comparison: '>=',
    source: `${GARM}; ${DEFAULT} three flagged posts are a pattern, not a one-off`,
    signal: SIGNAL.brandSafety,
  }),
  row('safety.minPosts', 'minSample', 3, {
    label: 'Brand safety: captions read before "nothing flagged" counts as clear',
    unit: 'posts',
    comparison: '>=',
    source: `${DEFAULT} one or two captions say little about what a creator posts`,
    signal: SIGNAL.brandSafety,
  }),
];

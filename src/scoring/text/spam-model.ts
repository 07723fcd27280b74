import { sigmoid } from '../num';
import { patternsRe, PATTERNS } from './spam';
import { HASH_BITS, hashFeatures } from './spam-features';
import model from './spam-weights.json';

/**
 * The learned comment spam model: logistic regression over hashed letter sequences, words,
 * word pairs and a few facts of folded text (spam-features.ts), fitted by
 * `npm run eval -- --fit` on public labelled comments (creators held out for testing; see
 * scripts/eval/spam-data.ts). The table ships as signed bytes (base64) times one scale, so it
 * stays small; only the background and the pages load it.
 */
interface SpamWeights {
  bits: number;
  scale: number;
  cutoff: number;
  /** Positions in PATTERNS that mark spam by themselves; the rest are features of the model. */
  hard: number[];
  table: string;
}

const M = model as SpamWeights;
if (M.bits !== HASH_BITS) throw new Error('spam-weights.json does not match the feature table');
const TABLE = new Int8Array(Uint8Array.from(atob(M.table), (c) => c.charCodeAt(0)).buffer);
const slots = new Int32Array(4096);

/** Probability that a comment is spam; `patternHit`: a spam pattern (spam.ts) matched it. */
export function spamProbability(text: string, patternHit: boolean): number {
  const n = hashFeatures(text, patternHit, slots);
  let z = 0;
  for (let i = 0; i < n; i++) z += TABLE[slots[i]!]!;
  return sigmoid(z * M.scale);
}

/** The cut-off chosen on the fitting data (stored with the weights). */
export const SPAM_CUTOFF = M.cutoff;
const hard = new Set(M.hard);
export const HARD_RE = patternsRe(M.hard);
export const SOFT_RE = patternsRe(PATTERNS.flatMap((_, i) => (hard.has(i) ? [] : [i])));

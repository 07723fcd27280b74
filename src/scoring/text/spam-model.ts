import { sigmoid } from '../num';
import { spamFeatures } from './spam-features';
import model from './spam-weights.json';

/**
 * The learned comment spam model: logistic regression over words and word pairs of folded
 * text, fitted by `npm run eval -- --fit` on public labelled comments (creators held out for
 * testing; see scripts/eval/spam-data.ts). Only the background and the pages load it.
 */
interface SpamWeights {
  intercept: number;
  cutoff: number;
  weights: Record<string, number>;
}

const M = model as SpamWeights;
const weights = new Map(Object.entries(M.weights));

/** Probability that a comment is spam, and the features that pushed it up most. */
export function spamProbability(text: string): { p: number; cues: string[] } {
  let z = M.intercept;
  const hits: Array<[string, number]> = [];
  for (const f of spamFeatures(text)) {
    const w = weights.get(f);
    if (w === undefined) continue;
    z += w;
    if (w > 0) hits.push([f, w]);
  }
  hits.sort((a, b) => b[1] - a[1]);
  return { p: sigmoid(z), cues: hits.slice(0, 3).map(([f]) => f.slice(2)) };
}

/** The cut-off chosen on the fitting data (stored with the weights). */
export const SPAM_CUTOFF = M.cutoff;

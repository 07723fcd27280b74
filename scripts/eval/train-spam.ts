import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fitSparse, scoreSparse, type SparseModel } from './sparse-logistic';
import type { Labelled } from './spam-data';

/** What was chosen by trying a few settings on the fitting part only (grouped folds). */
export const SPAM_FIT = { kinds: 'wb', keep: 1500, l2: 1e-4, minCount: 3, epochs: 20 } as const;
/** Largest share of organic fitting comments the model alone may flag (out of fold). */
const MAX_FALSE_ALARMS = 0.01;
export const WEIGHTS_FILE = path.resolve(
  import.meta.dirname,
  '../../src/scoring/text/spam-weights.json',
);

const fit = (rows: readonly Labelled[]) =>
  fitSparse(
    rows.map((r) => r.text),
    rows.map((r) => r.y),
    SPAM_FIT,
  );

/**
 * The cut-off: 4 folds over the fitting part, whole creators per fold; the lowest probability
 * whose out-of-fold false alarms on organic comments stay within MAX_FALSE_ALARMS.
 */
function chooseCutoff(rows: readonly Labelled[]): number {
  const groups = [...new Set(rows.map((r) => `${r.set}:${r.group}`))].sort();
  const fold = (r: Labelled) => groups.indexOf(`${r.set}:${r.group}`) % 4;
  const organic: number[] = [];
  for (let k = 0; k < 4; k++) {
    const m = fit(rows.filter((r) => fold(r) !== k));
    for (const r of rows) if (fold(r) === k && r.y === 0) organic.push(scoreSparse(m, r.text));
  }
  organic.sort((a, b) => b - a);
  const cut = organic[Math.floor(organic.length * MAX_FALSE_ALARMS)] ?? 0.5;
  return Math.round(Math.min(0.99, Math.max(0.5, cut + 0.005)) * 1000) / 1000;
}

export function trainSpam(rows: readonly Labelled[]): SparseModel & { cutoff: number } {
  return { ...fit(rows), cutoff: chooseCutoff(rows) };
}

export function writeWeights(model: SparseModel & { cutoff: number }): void {
  const sorted = Object.fromEntries(
    Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const body = { intercept: model.intercept, cutoff: model.cutoff, weights: sorted };
  writeFileSync(WEIGHTS_FILE, `${JSON.stringify(body, null, 2)}\n`);
}

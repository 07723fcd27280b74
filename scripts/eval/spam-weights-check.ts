import { readFileSync } from 'node:fs';
import { spamSplit } from './spam-data';
import { trainSpam, WEIGHTS_FILE, writeWeights } from './train-spam';

/**
 * Refits the spam model on the fitting part alone and compares it with the shipped weights:
 * equal means the shipped model saw no test comment. With `write`, replaces the shipped file.
 */
export function checkSpamWeights(write: boolean): string {
  const split = spamSplit();
  if (!split) return 'Spam weights: not checked (data absent).';
  const model = trainSpam(split.fit);
  const shipped = readFileSync(WEIGHTS_FILE, 'utf8');
  if (write) {
    writeWeights(model);
    return `Spam weights written: ${Object.keys(model.weights).length} features, cut-off ${model.cutoff}.`;
  }
  const same = JSON.stringify(JSON.parse(shipped)) === JSON.stringify(withSortedKeys(model));
  return same
    ? `Shipped spam weights = a refit on the fitting part alone (${Object.keys(model.weights).length} features, cut-off ${model.cutoff}).`
    : 'Shipped spam weights differ from a refit on the fitting part: run `npm run eval -- --fit`.';
}

function withSortedKeys(model: ReturnType<typeof trainSpam>) {
  const weights = Object.fromEntries(
    Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return { intercept: model.intercept, cutoff: model.cutoff, weights };
}

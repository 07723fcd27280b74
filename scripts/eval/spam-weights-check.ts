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
  const what = `${1 << model.bits} hashed weights, cut-off ${model.cutoff}`;
  if (write) {
    writeWeights(model);
    return `Spam weights written: ${what}.`;
  }
  const shipped = readFileSync(WEIGHTS_FILE, 'utf8');
  return JSON.stringify(JSON.parse(shipped)) === JSON.stringify(model)
    ? `Shipped spam weights = a refit on the fitting part alone (${what}).`
    : 'Shipped spam weights differ from a refit on the fitting part: run `npm run eval -- --fit`.';
}

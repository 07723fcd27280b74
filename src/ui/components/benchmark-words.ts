import type { ThresholdRef } from '../../shared/score';
import { formatPercent, t } from '../i18n';

/**
 * How a rate stands against the reference figure its signal names. A published average is a
 * benchmark; Modash's TikTok "low" mark is the floor below which engagement is low, so a rate
 * above it is "above the low mark", never "benchmark 6.3%" as if it were the norm.
 */
export function benchmarkWords(value: number | null, reference: ThresholdRef): string {
  const figure = formatPercent(reference.value);
  const below = value !== null && value < reference.value;
  if (reference.comparison === 'lowMark')
    return t(below ? 'figureBelowLowMark' : 'figureAboveLowMark', [figure]);
  return t(below ? 'figureBelowBenchmark' : 'figureVsBenchmark', [figure]);
}

/** A signal's reference figure: a tier benchmark or a published "low" mark. */
export const isReference = (ref: ThresholdRef): boolean =>
  ref.comparison === 'benchmark' || ref.comparison === 'lowMark';

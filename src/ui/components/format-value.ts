import type { ThresholdRef } from '../../shared/score';
import { formatNumber, formatPercent } from '../i18n';

/**
 * Numbers from scoring, written for people. Fractions and shares read as percentages
 * ("3.9%", not "0.039 fraction"); everything else keeps its unit, so a reader can compare
 * the measured figure with the threshold shown beside it.
 */
const PERCENT_UNIT = /^(fraction|share|probability)\b\s*/;
/** Ratios that are shares in all but name: "0.05 views / follower" reads "5% of followers". */
const RATIO_AS_SHARE: Record<string, string> = {
  'views / follower': 'share of followers',
  'saves / like': 'share of likes',
};
const asShare = (unit: string) => RATIO_AS_SHARE[unit] ?? unit;

export function isPercentUnit(unit: string): boolean {
  return PERCENT_UNIT.test(asShare(unit));
}

/** Digits enough to tell 0.004 from 0.04, without printing float noise. */
function plain(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 2 : 3;
  return formatNumber(value, digits);
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '';
  if (isPercentUnit(unit)) {
    // "fraction of followers per post" → "3.9% of followers per post".
    const rest = asShare(unit).replace(PERCENT_UNIT, '');
    return rest ? `${formatPercent(value)} ${rest}` : formatPercent(value);
  }
  return `${plain(value)} ${unit}`;
}

const COMPARISON_TEXT: Record<string, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
};

/** "er.lowWarnFactor: < 0.5 × benchmark"; benchmarks and parameters show their value only. */
export function formatThreshold(ref: ThresholdRef): string {
  const sign = COMPARISON_TEXT[ref.comparison];
  const figure = formatValue(ref.value, ref.unit);
  return sign ? `${sign} ${figure}` : figure;
}

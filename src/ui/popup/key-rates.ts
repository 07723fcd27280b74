import type { CreatorScore, Signal, ThresholdRef } from '../../shared/score';
import { SIGNAL } from '../../scoring/signal-ids';
import type { RateFigure } from '../components/KeyFigures';
import { isPercentUnit } from '../components/format-value';
import { t } from '../i18n';

const benchmarkOfSignal = (s: Signal | undefined): ThresholdRef | null =>
  s?.thresholds.find((r) => r.comparison === 'benchmark') ?? null;

/**
 * The rates the first screen shows: the engagement rate, plus any other rate scoring measures
 * against a benchmark (a view rate), each with the benchmark its signal names.
 */
export function keyRates(score: CreatorScore | null): RateFigure[] {
  if (!score) return [];
  const er = score.signals.find((s) => s.id === SIGNAL.engagementRate);
  const others = score.signals.filter(
    (s) => s.id !== SIGNAL.engagementRate && benchmarkOfSignal(s) && isPercentUnit(s.unit),
  );
  return [
    { label: t('popupEngagement'), value: score.engagementRate, benchmark: benchmarkOfSignal(er) },
    ...others.map((s) => ({ label: s.label, value: s.value, benchmark: benchmarkOfSignal(s) })),
  ];
}

/** Signal ids → their labels, so text that names a signal by id reads as its label. */
export function signalLabels(score: CreatorScore | null): Record<string, string> {
  return Object.fromEntries((score?.signals ?? []).map((s) => [s.id, s.label]));
}

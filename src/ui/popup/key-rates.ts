import type { CreatorScore, Signal, ThresholdRef } from '../../shared/score';
import { SIGNAL } from '../../scoring/signal-ids';
import type { RateFigure } from '../components/KeyFigures';
import { isPercentUnit } from '../components/format-value';
import { isReference } from '../components/benchmark-words';
import { t } from '../i18n';
import { noBenchmarkWhy } from './no-benchmark';

const benchmarkOfSignal = (s: Signal | undefined): ThresholdRef | null =>
  s?.thresholds.find(isReference) ?? null;

/**
 * The rates the first screen shows: the engagement rate, plus any other rate scoring measures
 * against a benchmark, each with the benchmark its signal names. Where likes are hidden (most
 * YouTube channels) the engagement rate cannot be read or rests on too few posts to judge, so
 * the view rate takes its place: the marketer sees the figure the verdict could judge, not a
 * blank or a one-video figure.
 */
export function keyRates(score: CreatorScore | null): RateFigure[] {
  if (!score) return [];
  const er = score.signals.find((s) => s.id === SIGNAL.engagementRate);
  const views = score.signals.find((s) => s.id === SIGNAL.viewRate);
  // The score leaves the rate empty below the posts the engagement signal needs (scoring's
  // rateOf), so a one-video figure never stands here.
  const viewsFirst = score.engagementRate === null && views?.value != null;
  const shown = viewsFirst ? views : er;
  const benchmark = benchmarkOfSignal(shown);
  const first: RateFigure = {
    label: viewsFirst ? views.label : t('popupEngagement'),
    value: viewsFirst ? views.value : score.engagementRate,
    benchmark,
    ...(benchmark ? {} : { whyNoBenchmark: noBenchmarkWhy(score, shown, viewsFirst) }),
  };
  const others = score.signals.filter(
    (s) =>
      s.id !== SIGNAL.engagementRate &&
      !(viewsFirst && s.id === SIGNAL.viewRate) &&
      benchmarkOfSignal(s) &&
      isPercentUnit(s.unit),
  );
  return [
    first,
    ...others.map((s) => ({ label: s.label, value: s.value, benchmark: benchmarkOfSignal(s) })),
  ];
}

/** Signal ids → their labels, so text that names a signal by id reads as its label. */
export function signalLabels(score: CreatorScore | null): Record<string, string> {
  return Object.fromEntries((score?.signals ?? []).map((s) => [s.id, s.label]));
}

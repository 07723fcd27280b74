import { expect } from 'vitest';
import { verdictOf } from '../../src/scoring/verdict';
import { thresholdsFor, type ThresholdRow } from '../../src/scoring/thresholds';
import type { Signal } from '../../src/shared/score';
import { signalOf, videos, withOverride } from './helpers';

const T0 = thresholdsFor({});
const sig = (id: string, verdict: Signal['verdict'], sampleSize: number): Signal => ({
  id,
  label: id,
  verdict,
  value: 0,
  unit: '',
  sampleSize,
  message: `${id} ${verdict}`,
  thresholds: [],
  evidence: [],
});
const level = (signals: Signal[]) =>
  verdictOf({ signals, platform: 'instagram', tier: 'nano', T: T0 }).level;
const confidence = (signals: Signal[]) =>
  verdictOf({ signals, platform: 'instagram', tier: 'nano', T: T0 }).confidence;

/** A red flag of this signal means avoid from the row's sample on, check below it. */
const avoidProbe =
  (id: string) =>
  (row: ThresholdRow): void => {
    expect(level([sig(id, 'fail', row.value)])).toBe('avoid');
    expect(level([sig(id, 'fail', row.value - 1)])).toBe('check');
  };

const CLEAN = [
  'engagement-quality',
  'engagement-rate',
  'comments-per-100-likes',
  'audience-sample',
  'growth-spikes',
  'engagement-timing',
];

/** Probes for the verdict and view rows (see parameter-probes.ts for the others). */
export const VERDICT_PROBES: Record<string, (row: ThresholdRow) => void> = {
  'verdict.avoid.minPosts': avoidProbe('engagement-rate'),
  'verdict.avoid.minComments': avoidProbe('engagement-quality'),
  'verdict.avoid.minFollowers': avoidProbe('audience-sample'),
  'verdict.avoid.minReadings': avoidProbe('growth-spikes'),
  'verdict.avoid.minFigures': avoidProbe('story-views'),
  'verdict.confidence.medium': (row) => {
    // Without the comments judged, high is out of reach: only medium and low are in play.
    const clean = (n: number) => CLEAN.slice(1, 1 + n).map((id) => sig(id, 'pass', 10));
    expect(confidence(clean(row.value))).toBe('medium');
    expect(confidence(clean(row.value - 1))).toBe('low');
  },
  'verdict.confidence.high': (row) => {
    const clean = (n: number) => CLEAN.slice(0, n).map((id) => sig(id, 'pass', 10));
    expect(confidence(clean(row.value))).toBe('high');
    expect(confidence(clean(row.value - 1))).toBe('medium');
  },
  'outliers.viewsFactor': (row) => {
    // 10 videos, two at 5× the median: outliers only once the factor drops below 5.
    const run = { record: videos(10, (i) => ({ views: i < 2 ? 5_000 : 1_000, likes: null })) };
    expect(signalOf('view-outliers', run).value).toBe(0);
    expect(signalOf('view-outliers', withOverride(run, row.id, 4)).value).toBe(0.2);
  },
  'outliers.ratioFactor': (row) => {
    // Same views; two videos earn 3× the usual likes per view.
    const run = { record: videos(10, (i) => ({ views: 1_000, likes: i < 2 ? 150 : 50 })) };
    expect(signalOf('view-outliers', run).value).toBe(0);
    expect(signalOf('view-outliers', withOverride(run, row.id, 2.5)).value).toBe(0.2);
    expect(row.value).toBeGreaterThan(3);
  },
};

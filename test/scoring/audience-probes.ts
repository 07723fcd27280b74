// Probes for the audience-sample rows: each moves one row and checks the estimate moves the
// way the row says (test/scoring/boundaries.test.ts walks every row).
import { expect } from 'vitest';
import { estimateShare } from '../../src/scoring/audience/sample';
import { featuresOf } from '../../src/scoring/audience/features';
import { suspicion } from '../../src/scoring/audience/model';
import { thresholdsFor, type ThresholdRow } from '../../src/scoring/thresholds';
import { follower, record, signalOf, type Run, withOverride } from './helpers';

export type Probe = (row: ThresholdRow) => void;
const T0 = thresholdsFor({});
const eps = 1e-6;

const followersRun = (
  list = Array.from({ length: 20 }, (_, i) => follower(`user${1000 + i}`, null, true)),
): Run => ({
  record: record({ followersSample: list }),
});
const flaggedShare = (run: Run) =>
  Number(/^(\d+) of/.exec(signalOf('audience-sample', run).evidence[0]!.label)![1]) / 20;

/** A crafted follower with exactly one feature switched on. */
const WEIGHT_FEATURE: Record<string, [string, string | null, boolean]> = {
  'audience.w.noAvatar': ['reader', 'Reader Name', true],
  'audience.w.usernameDigits': ['reader2024', 'Reader Name', false],
  'audience.w.noDisplayName': ['reader', '', false],
  'audience.w.nameDigits': ['reader', 'Reader 2024', false],
  'audience.w.nameIsUsername': ['reader', 'Reader', false],
  'audience.w.nameOneWord': ['reader', 'Mia', false],
  'audience.w.nameManyWords': ['reader', 'Mia Rose Reader', false],
  'audience.w.randomUsername': ['xkcdqwrt', 'Some Name', false],
};
const weightProbe: Probe = (row) => {
  if (row.id === 'audience.w.intercept') {
    const x = featuresOf(follower('reader', 'Reader Name', false), true);
    expect(suspicion(x, thresholdsFor({ [row.id]: row.value + 1 }))).toBeGreaterThan(
      suspicion(x, T0),
    );
    return;
  }
  const [u, d, a] = WEIGHT_FEATURE[row.id]!;
  const x = featuresOf(follower(u, d, a), true);
  const plain = featuresOf(follower('reader', 'Reader Name', false), true);
  const T1 = thresholdsFor({ [row.id]: row.value + 2 });
  expect(suspicion(x, T1)).toBeGreaterThan(suspicion(x, T0));
  expect(suspicion(plain, T1)).toBeCloseTo(suspicion(plain, T0), 12);
};

export const AUDIENCE_PROBES: Record<string, Probe> = {
  'audience.cutoff': () => {
    const run = followersRun();
    // No follower shows a name, so the list counts as not showing names at all.
    const p = suspicion(featuresOf(follower('user1000', null, true), false), T0);
    expect(flaggedShare(withOverride(run, 'audience.cutoff', p))).toBe(1);
    expect(flaggedShare(withOverride(run, 'audience.cutoff', p + eps))).toBe(0);
  },
  // A lower sensitivity means more fakes hide behind each flag: the upper bound rises.
  'audience.sensitivity.low': (row) => {
    const high = (v: number) => estimateShare(10, 50, true, thresholdsFor({ [row.id]: v })).high;
    expect(high(row.value - 0.1)).toBeGreaterThan(high(row.value));
  },
  'audience.sensitivity.high': (row) => {
    const low = (v: number) => estimateShare(20, 50, true, thresholdsFor({ [row.id]: v })).low;
    expect(low(row.value - 0.2)).toBeGreaterThan(low(row.value));
  },
  // A lower specificity explains more flags as false alarms: the estimate falls.
  'audience.specificity.low': (row) => {
    const est = (v: number) => estimateShare(8, 50, true, thresholdsFor({ [row.id]: v })).estimate;
    expect(est(row.value - 0.1)).toBeLessThan(est(row.value));
  },
  'audience.specificity.high': (row) => {
    const est = (v: number) => estimateShare(8, 50, true, thresholdsFor({ [row.id]: v })).estimate;
    expect(est(row.value - 0.05)).toBeLessThan(est(row.value));
  },
  'audience.z': (row) => {
    const run = followersRun([
      ...Array.from({ length: 10 }, (_, i) => follower(`user${1000 + i}`, null, true)),
      ...Array.from({ length: 10 }, (_, i) => follower(`reader.${i}`, `Reader ${i}`, false)),
    ]);
    const low = (r: Run) =>
      Number(/interval (\d+)%/.exec(signalOf('audience-sample', r).evidence[0]!.label)![1]);
    expect(low(withOverride(run, row.id, row.value * 2))).toBeLessThan(low(run));
  },
  'audience.mean.noAvatar': (row) => {
    const x = featuresOf(follower('reader', 'Reader Name', null), true);
    expect(suspicion(x, thresholdsFor({ [row.id]: row.value + 0.5 }))).toBeGreaterThan(
      suspicion(x, T0),
    );
  },
  'audience.mean.nameOneWord': (row) => {
    const x = featuresOf(follower('reader', null, false), false);
    expect(suspicion(x, thresholdsFor({ [row.id]: row.value + 0.5 }))).toBeGreaterThan(
      suspicion(x, T0),
    );
  },
  'audience.mean.nameManyWords': (row) => {
    const x = featuresOf(follower('reader', null, false), false);
    expect(suspicion(x, thresholdsFor({ [row.id]: row.value + 0.5 }))).toBeGreaterThan(
      suspicion(x, T0),
    );
  },
  'audience.mean.noDisplayName': (row) => {
    const x = featuresOf(follower('reader', null, false), false);
    expect(suspicion(x, thresholdsFor({ [row.id]: row.value + 0.5 }))).toBeGreaterThan(
      suspicion(x, T0),
    );
  },
};
for (const id of Object.keys(WEIGHT_FEATURE).concat('audience.w.intercept'))
  AUDIENCE_PROBES[id] = weightProbe;

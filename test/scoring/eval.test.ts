import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalAudience } from '../../scripts/eval/audience';
import { DATASETS } from '../../scripts/eval/datasets';
import { auc, confusion, precision, recall, split } from '../../scripts/eval/metrics';
import { evalSpam } from '../../scripts/eval/spam';
import { BENCH_NOW, BENCH_SETTINGS, makeBenchProfile } from '../../src/scoring/bench-fixture';
import { scoreCreator } from '../../src/scoring';

describe('eval metrics', () => {
  it('computes AUC with ties as one half', () => {
    expect(auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 10);
    expect(auc([0, 1], [0.5, 0.5])).toBe(0.5);
    expect(auc([1, 0], [0.9, 0.1])).toBe(1);
  });
  it('computes precision and recall from a confusion table', () => {
    const c = confusion([1, 1, 0, 0], [true, false, true, false]);
    expect([precision(c), recall(c)]).toEqual([0.5, 0.5]);
  });
  it('splits by label, deterministically', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ y: i % 4 === 0 ? 1 : 0, i }));
    const a = split(rows, 0.7, 42),
      b = split(rows, 0.7, 42);
    expect(a.train.map((r) => r.i)).toEqual(b.train.map((r) => r.i));
    // 25 positives: round(17.5) = 18 train, 7 test; 75 negatives: round(52.5) = 53 train.
    expect(a.test.filter((r) => r.y === 1)).toHaveLength(7);
    expect(a.train).toHaveLength(18 + 53);
  });
});

const kaggle = existsSync(`${DATASETS}/kaggle-instagram-fake/train.csv`);
const spam = existsSync(`${DATASETS}/youtube-spam-collection`);
if (!kaggle || !spam) console.log('skipped: ../shared/datasets absent (eval figures not checked)');

describe('eval on the shared datasets', () => {
  it.skipIf(!kaggle)(
    'the shipped follower weights match a refit and hold up on the held-out split',
    () => {
      const r = evalAudience()!;
      const held = r.rows.find((x) => x.set === 'kaggle held-out 30%')!;
      expect(held.auc).toBeGreaterThan(0.9);
      expect(held.accuracy).toBeGreaterThan(0.8);
    },
  );
  it.skipIf(!spam)('spam patterns keep their precision on the held-out files', () => {
    const held = evalSpam()!.rows.find((x) => x.set.includes('held out'))!;
    expect(held.precision).toBeGreaterThan(0.95);
    expect(held.recall).toBeGreaterThan(0.6);
  });
});

describe('spam model on held-out Instagram creators (data kept in the repo)', () => {
  it('keeps its accuracy and recall, and the fitting and test parts share nothing', () => {
    const r = evalSpam()!;
    const ig = r.rows.find((x) => x.set.includes('topic known'))!;
    expect(ig.accuracy).toBeGreaterThan(0.9);
    expect(ig.recall).toBeGreaterThan(0.7);
    expect(r.split.overlap).toEqual({ ids: 0, texts: 0, groups: 0 });
  }, 300_000);
});

describe('bench fixture', () => {
  it('is deterministic per seed and scores like any creator', () => {
    expect(makeBenchProfile(7)).toEqual(makeBenchProfile(7));
    expect(makeBenchProfile(7)).not.toEqual(makeBenchProfile(8));
    const input = makeBenchProfile(3, 50);
    expect(input.record.posts.reduce((n, p) => n + p.commentSample.length, 0)).toBe(50);
    const s = scoreCreator(input, BENCH_SETTINGS, BENCH_NOW);
    expect(s.signals.find((x) => x.id === 'engagement-quality')!.sampleSize).toBe(50);
  });
});

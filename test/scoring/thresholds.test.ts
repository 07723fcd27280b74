import { describe, expect, it } from 'vitest';
import { judgeFor } from '../../src/scoring/row-judges';
import { resolveThresholds, THRESHOLDS } from '../../src/scoring/thresholds';

describe('THRESHOLDS table', () => {
  it('has unique ids, finite values, a source and the editable flag on every row', () => {
    const ids = THRESHOLDS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of THRESHOLDS) {
      expect(Number.isFinite(r.value), r.id).toBe(true);
      expect(r.source.length, r.id).toBeGreaterThan(10);
      expect(r.source, r.id).toMatch(
        /seed 00[014]|project default|calibrated|measured|SpendVet|Modash|Favikon|CampaignDeus|Trendpop|TubeMogul/,
      );
      expect(r.editable).toBe(true);
      expect(r.label.length, r.id).toBeGreaterThan(3);
    }
  });

  it('names a judge for every warn/fail row', () => {
    for (const r of THRESHOLDS.filter((r) => r.effect === 'warn' || r.effect === 'fail')) {
      expect(judgeFor(r.id), r.id).toBeTypeOf('function');
      expect(['<', '<=', '>', '>='], r.id).toContain(r.comparison);
    }
  });

  it('never applies a platform-wide figure to a tier', () => {
    for (const r of THRESHOLDS.filter((r) => r.effect === 'benchmark')) {
      // 17.96% and 18% are the TikTok-wide IMH figure; 0.54% YouTube-wide (Influencer Hero).
      expect([0.1796, 0.18, 0.0054], r.id).not.toContain(r.value);
    }
  });

  it('keeps the documented figures: story views 5%, tiers, SpendVet 2–5 comments per 100 likes', () => {
    const v = (id: string) => THRESHOLDS.find((r) => r.id === id)?.value;
    expect(v('story.fail')).toBe(0.05);
    expect([
      v('tier.nano.min'),
      v('tier.micro.min'),
      v('tier.mid.min'),
      v('tier.macro.min'),
      v('tier.mega.min'),
    ]).toEqual([1_000, 10_000, 100_000, 500_000, 1_000_000]);
    expect([v('ratio.commentsPer100.lowWarn'), v('ratio.commentsPer100.highWarn')]).toEqual([2, 5]);
  });
});

describe('resolveThresholds', () => {
  it('applies overrides by id and ignores unknown ids and non-finite values', () => {
    const rows = resolveThresholds({
      'story.fail': 0.1,
      'no.such.row': 3,
      'timing.warn': Number.NaN,
    });
    const v = (id: string) => rows.find((r) => r.id === id)?.value;
    expect(v('story.fail')).toBe(0.1);
    expect(v('timing.warn')).toBe(THRESHOLDS.find((r) => r.id === 'timing.warn')!.value);
    expect(rows).toHaveLength(THRESHOLDS.length);
    expect(rows.some((r) => (r.id as string) === 'no.such.row')).toBe(false);
  });

  it('does not change the shipped table', () => {
    const before = THRESHOLDS.find((r) => r.id === 'story.fail')!.value;
    resolveThresholds({ 'story.fail': 0.9 });
    expect(THRESHOLDS.find((r) => r.id === 'story.fail')!.value).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import { judgeFor } from '../../src/scoring/row-judges';
import { THRESHOLDS, type ThresholdRow } from '../../src/scoring/thresholds';
import { tierOf } from '../../src/scoring/tier';
import { post, record, signalOf, videos } from './helpers';
import { MIN_SAMPLE_PROBES } from './probes';
import { PARAMETER_PROBES } from './parameter-probes';
import { VERDICT_PROBES } from './verdict-probes';

/** Every row at, just below and just above its value. Comparison meaning spelled out here on purpose. */
const expectFire = (r: ThresholdRow, v: number) =>
  r.comparison === '<'
    ? v < r.value
    : r.comparison === '<='
      ? v <= r.value
      : r.comparison === '>'
        ? v > r.value
        : v >= r.value;
const near = (v: number) => {
  const eps = 1e-6 * Math.max(1, Math.abs(v));
  return [v - eps, v, v + eps];
};
const RANK = { insufficient: 0, pass: 1, warn: 2, fail: 3 } as const;
const tested = new Set<string>();

describe('warn and fail rows fire exactly past their boundary', () => {
  for (const row of THRESHOLDS.filter((r) => r.effect === 'warn' || r.effect === 'fail')) {
    it(`${row.id} ${row.comparison} ${row.value}`, () => {
      tested.add(row.id);
      const judge = judgeFor(row.id)!;
      const T = Object.fromEntries(THRESHOLDS.map((r) => [r.id, r])) as never;
      for (const v of near(row.value)) {
        const j = judge(v, T);
        const fired = j.verdict !== 'pass' && j.thresholds.some((t) => t.id === row.id);
        expect(fired, `${row.id} at ${v}`).toBe(expectFire(row, v));
        if (fired)
          expect(RANK[j.verdict]).toBeGreaterThanOrEqual(RANK[row.effect as 'warn' | 'fail']);
      }
    });
  }
});

describe('tier rows: the lower bound belongs to the tier', () => {
  const tiers: Record<string, string> = {
    'tier.nano.min': 'nano',
    'tier.micro.min': 'micro',
    'tier.mid.min': 'mid',
    'tier.macro.min': 'macro',
    'tier.mega.min': 'mega',
  };
  for (const row of THRESHOLDS.filter((r) => r.effect === 'tier')) {
    it(row.id, () => {
      tested.add(row.id);
      expect(tierOf(row.value)).toBe(tiers[row.id]);
      expect(tierOf(row.value + 1)).toBe(tiers[row.id]);
      expect(tierOf(row.value - 1)).not.toBe(tiers[row.id]);
    });
  }
  it('below 1,000 followers is below nano; no count is unknown', () => {
    expect(tierOf(999)).toBe('below-nano');
    expect(tierOf(0)).toBe('below-nano');
    expect(tierOf(null)).toBe('unknown');
  });
});

describe('benchmark rows: each platform and tier is judged against its own figure', () => {
  const TIER_FOLLOWERS: Record<string, number> = {
    nano: 1_500,
    micro: 15_000,
    mid: 150_000,
    macro: 750_000,
    mega: 1_500_000,
  };
  const lowWarn = THRESHOLDS.find((r) => r.id === 'er.lowWarnFactor')!.value;
  for (const row of THRESHOLDS.filter((r) => r.effect === 'benchmark' && r.id.startsWith('er.'))) {
    it(`${row.id} = ${row.value}`, () => {
      tested.add(row.id);
      const [, platform, tier] = row.id.split('.') as [
        string,
        'instagram' | 'tiktok' | 'youtube',
        string,
      ];
      const followers = TIER_FOLLOWERS[tier]!;
      const verdictAt = (likes: number) =>
        signalOf('engagement-rate', {
          record: record({
            platform,
            followersN: followers,
            posts: [1, 2, 3].map(() => post({ likesN: likes, commentsN: 0 })),
          }),
        });
      const [below, at, above] = near(row.value * lowWarn * followers).map(verdictAt);
      expect(at!.thresholds[0]!.id).toBe(row.id);
      expect([below!.verdict, at!.verdict, above!.verdict]).toEqual(['warn', 'pass', 'pass']);
    });
  }
});

describe('views benchmark rows: each Modash band is judged against its own "low" mark', () => {
  const FOLLOWERS: Record<string, number> = {
    'views.tiktok.1k': 1_000,
    'views.tiktok.5k': 5_000,
    'views.tiktok.10k': 10_000,
    'views.tiktok.50k': 50_000,
    'views.tiktok.100k': 100_000,
    'views.tiktok.500k': 500_000,
    'views.tiktok.1m': 1_000_000,
  };
  for (const row of THRESHOLDS.filter(
    (r) => r.effect === 'benchmark' && r.id.startsWith('views.'),
  )) {
    it(`${row.id} = ${row.value}`, () => {
      tested.add(row.id);
      const followers = FOLLOWERS[row.id]!;
      // Likes per 100,000 views at, just under and just over the mark.
      const verdictAt = (likes: number) =>
        signalOf('engagement-by-views', {
          record: videos(3, () => ({ views: 100_000, likes }), followers),
        });
      const [below, at, above] = near(row.value * 100_000).map(verdictAt);
      expect(at!.thresholds[0]!.id).toBe(row.id);
      expect([below!.verdict, at!.verdict, above!.verdict]).toEqual(['warn', 'pass', 'pass']);
      // The band ends where the next one starts: one follower less is judged by another row.
      if (followers > 1_000) {
        const before = signalOf('engagement-by-views', {
          record: videos(3, () => ({ views: 100_000, likes: 5_000 }), followers - 1),
        });
        expect(before.thresholds[0]!.id).not.toBe(row.id);
      }
    });
  }
});

describe('minimum-sample rows: judged from the row value on', () => {
  for (const row of THRESHOLDS.filter((r) => r.effect === 'minSample')) {
    it(`${row.id} >= ${row.value}`, () => {
      tested.add(row.id);
      const probe = MIN_SAMPLE_PROBES[row.id];
      expect(probe, `probe for ${row.id}`).toBeDefined();
      const v = row.value;
      const judged = [v - 1, v, v + 1].map(
        (n) => signalOf(probe!.signal, probe!.run(n)).verdict !== 'insufficient',
      );
      expect(judged).toEqual([false, true, true]);
    });
  }
});

describe('parameter and weight rows change the result they govern', () => {
  for (const row of THRESHOLDS.filter((r) => r.effect === 'parameter' || r.effect === 'weight')) {
    it(row.id, () => {
      tested.add(row.id);
      const probe = PARAMETER_PROBES[row.id] ?? VERDICT_PROBES[row.id];
      expect(probe, `probe for ${row.id}`).toBeDefined();
      probe!(row);
    });
  }
});

describe('coverage', () => {
  it('tested every row of the table', () => {
    expect(THRESHOLDS.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});

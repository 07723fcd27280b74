import { describe, expect, it } from 'vitest';
import {
  estimateBeforeBooking,
  estimateBundle,
  median,
  statsFromRecord,
} from '../../src/roi/estimate';
import type { CreatorRecord } from '../../src/shared/creator';
import { exact } from '../../src/shared/stat';
import { eur, usd } from './fixtures';

const value = (m: { kind: string; value?: number }) => (m.kind === 'n/a' ? m : m.value);

describe("the seed's worked example (001): $5,000 on one macro post or 50 nano posts", () => {
  const macro = estimateBeforeBooking({
    stats: { followers: 500_000, engagementRate: 0.015, medianViews: null },
    tier: 'macro',
    platform: 'instagram',
    format: 'post',
    quoted: usd(5000),
  });
  const nanos = Array.from({ length: 50 }, () =>
    estimateBeforeBooking({
      stats: { followers: 5_000, engagementRate: 0.08, medianViews: null },
      tier: 'nano',
      platform: 'instagram',
      format: 'post',
      quoted: usd(100),
    }),
  );
  const bundle = estimateBundle(nanos);

  it('macro: 500,000 × 1.5 % = 7,500 engaged', () => {
    expect(macro.reach).toBe(500_000);
    expect(macro.engagements).toBe(7_500);
    expect(value(macro.cpe)).toBeCloseTo(5000 / 7500, 12);
    expect(value(macro.cpm)).toBeCloseTo(10, 12);
  });

  it('nano bundle: 250,000 × 8 % = 20,000 engaged for the same $5,000', () => {
    expect(bundle.price).toEqual(usd(5000));
    expect(bundle.reach).toBe(250_000);
    expect(bundle.engagements).toBe(20_000);
    expect(value(bundle.cpe)).toBeCloseTo(0.25, 12);
    expect(bundle.engagements! / macro.engagements!).toBeCloseTo(2.667, 3);
  });

  it('compares the macro CPE with 004’s macro range and finds no nano range', () => {
    expect(macro.cpeVsReference).toMatchObject({ kind: 'compared', position: 'within' });
    expect(nanos[0]!.cpeVsReference).toEqual({ kind: 'no-reference', tier: 'nano' });
  });
});

describe('estimates from read stats', () => {
  const base = { tier: 'micro' as const, platform: 'tiktok' as const, format: 'video' as const };

  it('takes reach from median views when the page shows them', () => {
    const e = estimateBeforeBooking({
      ...base,
      stats: { followers: 40_000, engagementRate: 0.05, medianViews: 12_000 },
      quoted: usd(240),
    });
    expect([e.reach, e.reachBasis, e.engagements, e.priceBasis]).toEqual([
      12_000,
      'views',
      2_000,
      'quoted',
    ]);
    expect(value(e.cpm)).toBeCloseTo(20, 12); // 240 ÷ 12,000 × 1000
    expect(value(e.cpe)).toBeCloseTo(0.12, 12); // 240 ÷ 2,000
    expect(e.cpeVsReference).toMatchObject({ position: 'within' });
  });

  it('uses the middle of the reference range when no price is quoted', () => {
    const e = estimateBeforeBooking({
      ...base,
      stats: { followers: 40_000, engagementRate: 0.05, medianViews: null },
      quoted: null,
    });
    // micro TikTok video: 001 $200–$800 and 004 $50–$300 → $50–$800, middle $425.
    expect(e.price).toEqual(usd(425));
    expect(e.priceBasis).toBe('reference');
    expect(e.reachBasis).toBe('followers');
    expect(value(e.cpe)).toBeCloseTo(0.2125, 12);
    expect(e.cpeVsReference).toMatchObject({ position: 'above' });
  });

  it('gives n/a with the missing input instead of a number', () => {
    const run = (stats: Parameters<typeof estimateBeforeBooking>[0]['stats'], quoted = usd(100)) =>
      estimateBeforeBooking({ ...base, stats, quoted });
    expect(run({ followers: null, engagementRate: 0.05, medianViews: null }).cpe).toEqual({
      kind: 'n/a',
      reason: 'noFollowers',
    });
    expect(run({ followers: null, engagementRate: 0.05, medianViews: null }).cpm).toEqual({
      kind: 'n/a',
      reason: 'noReach',
    });
    expect(run({ followers: 1000, engagementRate: null, medianViews: null }).cpe).toEqual({
      kind: 'n/a',
      reason: 'noEngagementRate',
    });
    expect(run({ followers: 0, engagementRate: 0.05, medianViews: null }).cpe).toEqual({
      kind: 'n/a',
      reason: 'zeroEngagements',
    });
    expect(run({ followers: 0, engagementRate: 0.05, medianViews: null }).cpm).toEqual({
      kind: 'n/a',
      reason: 'zeroReach',
    });
    const unpriced = estimateBeforeBooking({
      ...base,
      tier: 'mid',
      stats: { followers: 1, engagementRate: 1, medianViews: null },
      quoted: null,
    });
    expect(unpriced.cpe).toEqual({ kind: 'n/a', reason: 'noPrice' });
    expect(unpriced.priceBasis).toBeNull();
  });

  it('refuses to add a bundle priced in two currencies', () => {
    const one = (quoted: { minor: number; currency: string }) =>
      estimateBeforeBooking({
        ...base,
        stats: { followers: 1000, engagementRate: 0.1, medianViews: null },
        quoted,
      });
    const b = estimateBundle([one(usd(100)), one(eur(100))]);
    expect(b.cpe).toEqual({ kind: 'n/a', reason: 'mixedCurrency', subs: ['EUR, USD'] });
    expect(b.price).toBeNull();
  });

  it('reads followers, engagement rate and median views from a creator record', () => {
    const post = (views: number | null) => ({
      url: 'https://x',
      views: views === null ? null : exact(views, 'text'),
      likes: null,
      comments: null,
      pinned: null,
      caption: null,
      hashtags: [],
      postedAt: null,
      commentSample: [],
    });
    const record = {
      followers: exact(20_000, 'text'),
      score: { engagementRate: 0.04 },
      posts: [post(100), post(300), post(null), post(200), post(1000)],
    } as unknown as CreatorRecord;
    expect(statsFromRecord(record)).toEqual({
      followers: 20_000,
      engagementRate: 0.04,
      medianViews: 250,
    });
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
  });
});

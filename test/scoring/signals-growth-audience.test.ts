import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../src/scoring';
import { exact } from '../../src/shared/stat';
import {
  daysAgo,
  follower,
  manual,
  NOW,
  post,
  postWith,
  record,
  settings,
  signalOf,
  reading,
} from './helpers';

describe('follower growth spikes', () => {
  const snaps = [
    reading(daysAgo(20), 10_000),
    reading(daysAgo(19), 15_000),
    reading(daysAgo(5), 15_100),
  ];
  it('fails on a jump no viral post explains', () => {
    const s = signalOf('growth-spikes', { readings: snaps });
    expect(s.verdict).toBe('fail');
    expect(s.value).toBeCloseTo(0.5, 6);
    expect(s.evidence[0]!.kind).toBe('snapshot');
  });
  it('passes the same jump after a viral post, and names the post', () => {
    const views = (v: number) => exact(v, 'text');
    const viral = post({ views: views(50_000), postedAt: daysAgo(21) });
    const posts = [
      post({ views: views(1_000) }),
      post({ views: views(1_200) }),
      post({ views: views(900) }),
      viral,
    ];
    const s = signalOf('growth-spikes', { readings: snaps, record: record({ posts }) });
    expect(s.verdict).toBe('pass');
    expect(s.evidence.some((e) => e.url === viral.url)).toBe(true);
  });
  it('merges a pasted series with visits', () => {
    const series = [
      { date: '2026-01-01', followers: 1_000 },
      { date: '2026-01-02', followers: 1_500 },
    ];
    expect(signalOf('growth-spikes', { manual: manual({ growthSeries: series }) }).verdict).toBe(
      'fail',
    );
  });
});

describe('audience geography and language', () => {
  const spanish = Array.from(
    { length: 8 },
    (_, i) => `Me encanta cómo explicas todo, ya lo probé en casa número ${i}`,
  );
  it("fails when comments are in another language than the creator's", () => {
    const s = signalOf('audience-language', {
      record: record({ posts: [postWith(spanish)] }),
      manual: manual({ creatorLanguage: 'en' }),
    });
    expect(s.verdict).toBe('fail');
    expect(s.evidence.some((e) => e.kind === 'comment' && e.detail === 'detected: spa')).toBe(true);
  });
  it('infers the creator language from captions when not entered', () => {
    const caption =
      'Hoy os enseño mi receta favorita de tortilla de patatas, paso a paso y sin prisas';
    const s = signalOf('audience-language', {
      record: record({ posts: [postWith(spanish, { caption })] }),
    });
    expect(s.verdict).toBe('pass');
  });
  it('judges the country mix against the target market (80% beats 20%)', () => {
    const brand = settings({ brand: { targetCountries: ['US'] } });
    const mix = (us: number) =>
      manual({
        countryMix: [
          { country: 'US', share: us },
          { country: 'IN', share: 1 - us },
        ],
      });
    expect(signalOf('target-market', { manual: mix(0.8), settings: brand }).verdict).toBe('pass');
    expect(signalOf('target-market', { manual: mix(0.1), settings: brand }).verdict).toBe('fail');
  });
});

describe('manual figures and ratios', () => {
  it('story views: red flag below 5% of followers', () => {
    const run = (v: number) =>
      signalOf('story-views', {
        record: record({ followersN: 10_000 }),
        manual: manual({ storyViews: v }),
      }).verdict;
    expect([run(400), run(600)]).toEqual(['fail', 'pass']);
    expect(signalOf('story-views', {}).verdict).toBe('insufficient');
  });
  it('following ratio flags mass-follow', () => {
    const s = signalOf('following-ratio', {
      record: record({ followersN: 1_000, following: exact(4_000, 'text') }),
    });
    expect([s.verdict, s.value]).toEqual(['fail', 4]);
  });
});

describe('audience sample', () => {
  it('estimates a high fake share from default-avatar, digit-heavy followers, with named evidence', () => {
    const fakes = Array.from({ length: 20 }, (_, i) => follower(`user${83_000 + i}`, null, true));
    const s = signalOf('audience-sample', { record: record({ followersSample: fakes }) });
    expect(s.verdict).toBe('fail');
    expect(s.evidence.some((e) => e.label.startsWith('@user83000'))).toBe(true);
  });
  it('passes followers with avatars and names', () => {
    const real = Array.from({ length: 20 }, (_, i) =>
      follower(
        `anna.reads.${String.fromCharCode(97 + i)}`,
        `Anna ${String.fromCharCode(65 + i)}`,
        false,
      ),
    );
    expect(signalOf('audience-sample', { record: record({ followersSample: real }) }).verdict).toBe(
      'pass',
    );
  });
});

describe('overall', () => {
  it('traces risk and fit to signal ids, never a bare number', () => {
    const s = scoreCreator(
      {
        record: record({
          posts: [
            postWith(
              ['nice', 'nice', 'nice', 'nice', 'nice', 'nice', 'nice', 'nice', 'nice', 'nice'],
              { caption: 'skincare' },
            ),
          ],
        }),
        readings: [],
        manual: manual({ storyViews: 10 }),
      },
      settings({ brand: { keywords: ['skincare'] } }),
      NOW,
    );
    expect(s.risk).toBe('high');
    const ids = s.signals.map((x) => x.id);
    expect(s.riskReasons.length).toBeGreaterThan(0);
    for (const r of s.riskReasons) expect(ids).toContain(r);
    expect(s.fitSummary).toContain('[niche-fit]');
    expect(s.nicheFit).toBeGreaterThan(0);
  });
});

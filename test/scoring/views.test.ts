import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../src/scoring';
import { exact } from '../../src/shared/stat';
import { manual, NOW, post, record, settings, signalOf, videos } from './helpers';

describe('video platforms judged by views', () => {
  it('reads reach from view counts when every like count is hidden', () => {
    const run = { record: videos(12, (i) => ({ views: 3_000 + i * 100, likes: null })) };
    const rate = signalOf('view-rate', run);
    expect(rate.verdict).toBe('pass');
    expect(rate.value).toBeCloseTo(3_550 / 20_000, 6);
    expect(rate.message).toMatch(/weak evidence of fraud/);
    expect(signalOf('engagement-by-views', run).verdict).toBe('insufficient');
    expect(signalOf('engagement-by-views', run).message).toMatch(/likes not visible on 12/);
  });

  it('warns, never fails, on a very low view rate (the feed decides reach)', () => {
    const s = signalOf('view-rate', { record: videos(8, () => ({ views: 50, likes: null })) });
    expect(s.verdict).toBe('warn');
  });

  it("judges engagement by views against the follower band's own Modash mark", () => {
    // 20,000 followers: the 10–50K band, low below 6.28% of views.
    const at = (likes: number) =>
      signalOf('engagement-by-views', { record: videos(6, () => ({ views: 10_000, likes })) });
    expect(at(700).verdict).toBe('pass');
    expect(at(500).verdict).toBe('warn');
    expect(at(200).verdict).toBe('fail');
    expect(at(700).thresholds[0]!.id).toBe('views.tiktok.10k');
    expect(at(700).message).toMatch(/Modash, 2025/);
  });

  it('shows but does not judge engagement by views where no tier figure is published', () => {
    const yt = record({
      platform: 'youtube',
      followersN: 50_000,
      posts: Array.from({ length: 5 }, () =>
        post({ views: exact(10_000, 'text'), likesN: 300, commentsN: 10 }),
      ),
    });
    const s = signalOf('engagement-by-views', { record: yt });
    expect(s.verdict).toBe('insufficient');
    expect(s.value).toBeCloseTo(0.031, 6);
    expect(s.message).toMatch(/no published views-based figure for YouTube/);
  });

  it("finds the trace of bought views: likes per view far off the creator's own median", () => {
    // Four of ten videos have 8× the usual views but the same likes.
    const bought = videos(10, (i) => ({ views: i < 4 ? 40_000 : 5_000, likes: 400 }));
    const s = signalOf('view-outliers', { record: bought });
    expect(s.verdict).toBe('fail');
    expect(s.evidence).toHaveLength(4);
    const verdict = scoreCreator(
      { record: bought, readings: [], manual: manual() },
      settings(),
      NOW,
    ).verdict!;
    expect(verdict.level).toBe('avoid');
    expect(verdict.reasons[0]!.signalId).toBe('view-outliers');
  });

  it('calls one viral video normal', () => {
    const viral = videos(10, (i) => ({ views: i === 0 ? 200_000 : 5_000, likes: null }));
    expect(signalOf('view-outliers', { record: viral }).verdict).toBe('pass');
  });
});

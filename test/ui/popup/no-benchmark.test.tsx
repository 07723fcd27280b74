// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { exact } from '../../../src/shared/stat';
import type { Platform } from '../../../src/shared/model';
import { KeyFigures } from '../../../src/ui/components/KeyFigures';
import { keyRates } from '../../../src/ui/popup/key-rates';
import { mount } from '../components/render';
import { scoredPage } from './scored-page';

/** 20,000 followers (micro) unless hidden; 400 likes (2%) on the posts that show them. */
const scored = (platform: Platform, p: { followers?: null; withLikes: number; views: boolean }) =>
  scoredPage(platform, {
    followers: p.followers === null ? null : 20_000,
    likes: 400,
    withLikes: p.withLikes,
    views: p.views ? 4_000 : null,
  });

const firstWhy = (platform: Platform, p: Parameters<typeof scored>[1]) =>
  keyRates(scored(platform, p))[0];

describe('why the key rate stands without a benchmark', () => {
  it('says no tier benchmark is published for views per subscriber on a likes-hidden channel', () => {
    const rate = firstWhy('youtube', { withLikes: 0, views: true });
    expect(rate?.benchmark).toBeNull();
    expect(rate?.whyNoBenchmark).toBe(
      'not compared: no benchmark by tier is published for views per subscriber',
    );
  });

  it('names the platform and tier a per-follower benchmark is missing for', () => {
    const rate = firstWhy('tiktok', { withLikes: 12, views: false });
    expect(rate?.value).not.toBeNull();
    expect(rate?.whyNoBenchmark).toBe(
      'not compared: no per-follower benchmark is published for TikTok micro creators',
    );
  });

  it('says the followers are hidden, so the tier is unknown', () => {
    const rate = firstWhy('instagram', { followers: null, withLikes: 12, views: false });
    expect(rate?.whyNoBenchmark).toMatch(/followers are not visible, so the tier .* unknown/);
  });

  it('counts the posts with visible likes against the posts the rate needs', () => {
    const rate = firstWhy('instagram', { withLikes: 1, views: false });
    expect(rate?.value).toBeNull();
    expect(rate?.whyNoBenchmark).toBe('not compared: likes visible on 1 of the 3 posts needed');
  });

  it('gives no excuse where the benchmark is there', () => {
    const rate = firstWhy('instagram', { withLikes: 12, views: false });
    expect(rate?.benchmark?.value).toBeGreaterThan(0);
    expect(rate?.whyNoBenchmark).toBeUndefined();
  });

  it('shows the reason beside the figure, not a bare "not compared"', () => {
    const rates = keyRates(scored('youtube', { withLikes: 0, views: true }));
    const root = mount(
      <KeyFigures platform="youtube" followers={exact(20_000, 'meta')} rates={rates} />,
    );
    const why = root.querySelector('[data-testid="no-benchmark"]')?.textContent?.trim();
    expect(why).toBe('not compared: no benchmark by tier is published for views per subscriber');
  });
});

import { describe, expect, it } from 'vitest';
import { keyRates } from '../../../src/ui/popup/key-rates';
import { scoredPage } from './scored-page';

/** A channel whose grid shows views for every video and likes for none (YouTube's usual). */
const channel = (likes: number | null, withLikes = 12) =>
  scoredPage('youtube', { followers: 100_000, likes, withLikes, views: 20_000 });

describe('the first screen key rates', () => {
  it('shows the view rate where likes are hidden, not a blank engagement rate', () => {
    const [first] = keyRates(channel(null));
    expect(first?.label).toMatch(/^Views ÷ subscribers/);
    // The newest video, 3 days old, is still gathering views (settle.youtube.days) and stays
    // out: the median of the other eleven, 20,600 views ÷ 100,000.
    expect(first?.value).toBeCloseTo(0.206, 6);
  });

  it('shows the view rate where likes show on too few videos for the engagement rate to be judged', () => {
    const score = channel(900, 1);
    expect(score.engagementRate).toBeNull(); // one video's figure is not the channel's rate
    const [first] = keyRates(score);
    expect(first?.label).toMatch(/^Views ÷ subscribers/);
  });

  it('keeps the engagement rate first where likes are visible', () => {
    const [first] = keyRates(channel(900));
    expect(first?.label).not.toMatch(/^Views/);
    expect(first?.value).not.toBeNull();
  });
});

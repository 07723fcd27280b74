import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../../src/scoring';
import { emptyReading } from '../../../src/shared/model';
import { exact } from '../../../src/shared/stat';
import { ManualEntries } from '../../../src/shared/vetting';
import { mergeReading } from '../../../src/storage/merge-reading';
import { keyRates } from '../../../src/ui/popup/key-rates';

const READ_AT = new Date('2025-06-01T12:00:00.000Z');

/** A channel whose grid shows views for every video and likes for none (YouTube's usual). */
function channel(likes: number | null, videosWithLikes = 12) {
  const snap = emptyReading('youtube', 'profile', 'https://www.youtube.com/@paul', READ_AT);
  snap.handle = 'paul';
  snap.followers = exact(100_000, 'meta');
  snap.posts = Array.from({ length: 12 }, (_, i) => ({
    url: `https://www.youtube.com/watch?v=v${i}`,
    views: exact(20_000 + i * 100, 'text'),
    likes: likes === null || i >= videosWithLikes ? null : exact(likes, 'text'),
    comments: null,
    pinned: false,
    caption: null,
    hashtags: [],
    postedAt: new Date(READ_AT.getTime() - (3 + 7 * i) * 86_400_000).toISOString(),
    commentSample: [],
  }));
  return scoreCreator({
    record: mergeReading(undefined, snap),
    readings: [],
    manual: ManualEntries.parse({}),
  });
}

describe('the first screen key rates', () => {
  it('shows the view rate where likes are hidden, not a blank engagement rate', () => {
    const [first] = keyRates(channel(null));
    expect(first?.label).toMatch(/^Views ÷ subscribers/);
    expect(first?.value).toBeCloseTo(0.2055, 3);
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

import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../src/scoring';
import { manual, NOW, settings, videos } from './helpers';

/** 12 videos of 1,000 views each, likes visible on the first `withLikes` (400 likes each). */
const score = (withLikes: number) =>
  scoreCreator(
    {
      record: videos(12, (i) => ({ views: 1000, likes: i < withLikes ? 400 : null })),
      readings: [],
      manual: manual(),
    },
    settings(),
    NOW,
  );

describe("the creator's engagement rate", () => {
  it('is left empty where likes show on too few posts for the engagement signal to judge', () => {
    const one = score(1);
    expect(one.signals.find((s) => s.id === 'engagement-rate')?.verdict).toBe('insufficient');
    // One video's 2% would otherwise stand in the shortlist, the CSV and the cost estimates.
    expect(one.engagementRate).toBeNull();
  });

  it('is the median of the posts with likes once the signal judges it', () => {
    expect(score(12).engagementRate).toBeCloseTo(400 / 20_000, 6);
  });
});

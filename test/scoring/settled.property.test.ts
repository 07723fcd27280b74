import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from '../../src/scoring/num';
import { daysAgo, NOW, post, record, signalOf } from './helpers';

/**
 * However many young posts a creator has and whatever they show so far, the engagement rate
 * is the median of the settled posts alone as long as enough (er.minPosts = 3) are settled;
 * with fewer, every post counts and none is silently dropped.
 */
const FOLLOWERS = 5_000;
const HOUR = 3_600_000;
const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * HOUR).toISOString();

const caseArb = fc.record({
  old: fc.array(
    fc.record({ likes: fc.integer({ min: 1, max: 2000 }), days: fc.integer({ min: 5, max: 400 }) }),
    {
      minLength: 0,
      maxLength: 8,
    },
  ),
  // Instagram settles at 5 days: young posts are 0 to 119 hours old.
  young: fc.array(
    fc.record({
      likes: fc.integer({ min: 0, max: 2000 }),
      hours: fc.integer({ min: 0, max: 119 }),
    }),
    {
      minLength: 1,
      maxLength: 5,
    },
  ),
});

describe('engagement rate and young posts', () => {
  it('is the settled posts\u2019 median when enough are settled, else every post\u2019s', () => {
    fc.assert(
      fc.property(caseArb, ({ old, young }) => {
        const posts = [
          ...old.map((o) => post({ likesN: o.likes, commentsN: 0, postedAt: daysAgo(o.days) })),
          ...young.map((y) => post({ likesN: y.likes, commentsN: 0, postedAt: at(y.hours) })),
        ];
        const s = signalOf('engagement-rate', { record: record({ followersN: FOLLOWERS, posts }) });
        const rate = (likes: number[]) => median(likes.map((l) => l / FOLLOWERS));
        const used = old.length >= 3 ? old.map((o) => o.likes) : posts.map((p) => p.likes!.value);
        expect(s.sampleSize).toBe(used.length);
        if (used.length >= 3) expect(s.value).toBeCloseTo(rate(used)!, 12);
      }),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/shared/score';
import { NOW, post, record, signalOf } from './helpers';

/**
 * Whatever the dates' coarseness, what posting consistency claims holds for every exact
 * reading of them: a pass passes, and a warning or a fail is at least as bad, wherever in its
 * span each post was made (the posts' order included).
 */
const DAY = 86_400_000;
const postArb = fc.record({
  // Minutes since the post before it (the first: since now), so cadences of every band occur.
  gapMinutes: fc.oneof(
    fc.integer({ min: 0, max: 20 * 1440 }),
    fc.integer({ min: 0, max: 80 * 1440 }),
  ),
  before: fc.constantFrom(0, 1440, 10_080, 43_834),
  after: fc.constantFrom(0, 2160),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
});
const RANK: Record<Verdict, number> = { insufficient: -1, pass: 0, warn: 1, fail: 2 };

const consistency = (
  times: { postedAt: string; postedAtSpan?: { minutesBefore: number; minutesAfter: number } }[],
) =>
  signalOf('consistency', {
    record: record({
      posts: times.map((t, i) => post({ url: `https://example.com/p${i}`, ...t })),
    }),
  });

describe('posting consistency never claims more than every exact reading supports', () => {
  it('a pass passes and a warning or fail holds wherever each post was', () => {
    fc.assert(
      fc.property(fc.array(postArb, { minLength: 4, maxLength: 7 }), (list) => {
        // Seven seconds past the minute: no time falls on UTC midnight (read as a date alone).
        let ago = 0;
        const ms = list.map((p) => NOW.getTime() - (ago += p.gapMinutes) * 60_000 + 7000);
        const claimed = consistency(
          list.map((p, i) => ({
            postedAt: new Date(ms[i]!).toISOString(),
            postedAtSpan: { minutesBefore: p.before, minutesAfter: p.after },
          })),
        ).verdict;
        if (claimed === 'insufficient') return;
        const read = consistency(
          list.map((p, i) => {
            const t = Math.floor(ms[i]! + (p.at * (p.before + p.after) - p.before) * 60_000);
            return { postedAt: new Date(t % DAY ? t : t + 1).toISOString() };
          }),
        ).verdict;
        if (claimed === 'pass') expect(read).toBe('pass');
        else expect(RANK[read]).toBeGreaterThanOrEqual(RANK[claimed]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

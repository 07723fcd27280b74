import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../src/shared/model';
import { NOW, post, record, signalOf, withOverride } from './helpers';

/**
 * For any comment and post times, exact or coarse: the timing signal counts a comment as early
 * only when its whole possible interval after the post lies within the window, and times a
 * comment only when that interval lies wholly within or wholly after the window.
 */
const MIN = 60_000;
const WINDOW = 15;
// Seven seconds past the minute: no time falls on UTC midnight, which older records' reading
// treats as a date alone (covered in timing-precision.test.ts).
const BASE = NOW.getTime() - 30 * 24 * 60 * MIN + 7000;

const span = fc.option(
  fc.record({
    minutesBefore: fc.oneof(
      fc.constantFrom(0, 1, 60, 1440, 10_080),
      fc.integer({ min: 0, max: 3000 }),
    ),
    minutesAfter: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2160 })),
  }),
  { nil: undefined },
);
const commentArb = fc.record({ delay: fc.integer({ min: -120, max: 3000 }), span });

/** The minutes after posting a comment may have come, from the raw times and spans. */
function interval(
  postMs: number,
  postSpan: Comment['atSpan'],
  c: { delay: number; span: Comment['atSpan'] },
): [number, number] {
  const at = postMs + c.delay * MIN;
  const lo =
    at - (c.span?.minutesBefore ?? 0) * MIN - (postMs + (postSpan?.minutesAfter ?? 0) * MIN);
  const hi =
    at + (c.span?.minutesAfter ?? 0) * MIN - (postMs - (postSpan?.minutesBefore ?? 0) * MIN);
  return [lo / MIN, hi / MIN];
}

describe('engagement timing never counts a coarse comment early', () => {
  it('early only within, timed only within or wholly after the window', () => {
    fc.assert(
      fc.property(span, fc.array(commentArb, { minLength: 1, maxLength: 8 }), (postSpan, list) => {
        const comments: Comment[] = list.map((c, i) => ({
          author: `u${i}`,
          text: `comment number ${i}`,
          likes: null,
          at: new Date(BASE + c.delay * MIN).toISOString(),
          ...(c.span ? { atSpan: c.span } : {}),
        }));
        const p = post({
          postedAt: new Date(BASE).toISOString(),
          ...(postSpan ? { postedAtSpan: postSpan } : {}),
          commentSample: comments,
        });
        const s = signalOf(
          'engagement-timing',
          withOverride({ record: record({ posts: [p] }) }, 'timing.minComments', 1),
        );
        const bounds = list.map((c) => interval(BASE, postSpan, c));
        const within = bounds.filter(([lo, hi]) => lo >= 0 && hi <= WINDOW).length;
        const after = bounds.filter(([lo]) => lo > WINDOW).length;
        expect(s.sampleSize).toBe(within + after);
        if (s.sampleSize > 0) expect(Math.round(s.value! * s.sampleSize)).toBe(within);
        // Every comment shown as early is one whose whole interval lies within the window.
        for (const e of s.evidence) {
          const i = Number(/comment number (\d+)/.exec(e.label)![1]);
          const [lo, hi] = bounds[i]!;
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(WINDOW);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

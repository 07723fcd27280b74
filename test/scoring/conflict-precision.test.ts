import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIGNAL } from '../../src/scoring/signal-ids';
import { dayTime, postTimeFields, readTime } from '../../src/sites/common/read-time';
import type { Post } from '../../src/shared/model';
import { daysAgo, NOW, post, record, settings, signalOf } from './helpers';

/**
 * A sponsored post for a competitor counts as a conflict only when its date lies in the
 * 90-day window however it is read: "2 months ago" covers a month, TikTok's "12-1" a day in
 * any time zone. One that may fall either side leaves the signal unjudged, and says why.
 */
const brand = settings({ brand: { competitors: ['Alpro'] } });
const conflict = (...times: Pick<Post, 'postedAt' | 'postedAtSpan'>[]) =>
  signalOf(SIGNAL.competitorConflict, {
    record: record({
      posts: times.map((t, i) => post({ caption: `#ad with @alpro number ${i}`, ...t })),
    }),
    settings: brand,
  });
const label = (text: string) => postTimeFields(readTime(null, text, NOW, 'en'));

describe('competitor conflicts with coarse dates', () => {
  it('exact dates judge as before: 89 days ago is a conflict, 91 days is not', () => {
    expect(conflict({ postedAt: daysAgo(89) }).verdict).toBe('fail');
    expect(conflict({ postedAt: daysAgo(91) }).verdict).toBe('pass');
  });

  it('"2 months ago" may be 92 days ago: no red flag, and the range in words', () => {
    const s = conflict(label('2 months ago'));
    expect([s.verdict, s.value]).toEqual(['insufficient', null]);
    expect(s.message).toBe(
      '1 sponsored post for Alpro was posted 60–92 days ago, given how its date is shown: too ' +
        'roughly to tell whether it falls in the last 90 days. Check its date on the post.',
    );
    expect(s.thresholds.map((t) => t.id)).toEqual([
      'partnership.conflict.fail',
      'partnership.conflict.days',
    ]);
    expect(s.evidence[0]!.detail).toContain('posted 60–92 days ago');
  });

  it("a date alone on the window's first day is not called clear either", () => {
    // 1 Dec 2025 at UTC midnight is read as before the window (it opens at noon), but that day
    // runs until noon on 2 Dec in UTC−12.
    const s = conflict(postTimeFields(dayTime(2025, 12, 1, NOW)));
    expect(s.verdict).toBe('insufficient');
    expect(s.message).toMatch(/^1 sponsored post for Alpro was posted 89–92 days ago/);
  });

  it('labels wholly inside or outside the window still judge', () => {
    expect(conflict(label('1 month ago')).verdict).toBe('fail');
    expect(conflict(label('4 months ago')).verdict).toBe('pass');
    // A sure conflict is one whatever other posts' dates leave open.
    const both = conflict(label('2 months ago'), label('3 weeks ago'));
    expect([both.verdict, both.value]).toEqual(['fail', 1]);
  });

  it('several open dates are named together, with the range they span', () => {
    const s = conflict(label('2 months ago'), postTimeFields(dayTime(2025, 12, 1, NOW)));
    expect(s.message).toMatch(
      /^2 sponsored posts for Alpro were posted 60–92 days ago, given how their dates are shown/,
    );
  });
});

describe('competitor conflicts never claim more than every exact reading supports', () => {
  const DAY = 86_400_000;
  const one = fc.record({
    agoMinutes: fc.integer({ min: 0, max: 150 * 1440 }),
    before: fc.constantFrom(0, 1440, 10_080, 43_834),
    after: fc.constantFrom(0, 2160),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  it('a conflict is one, and a clear record clear, wherever in its span each post was', () => {
    fc.assert(
      fc.property(fc.array(one, { minLength: 1, maxLength: 3 }), (list) => {
        // Seven seconds past the minute: no time falls on UTC midnight (read as a date alone).
        const ms = list.map((p) => NOW.getTime() - p.agoMinutes * 60_000 + 7000);
        const claimed = conflict(
          ...list.map((p, i) => ({
            postedAt: new Date(ms[i]!).toISOString(),
            postedAtSpan: { minutesBefore: p.before, minutesAfter: p.after },
          })),
        );
        if (claimed.verdict === 'insufficient') return;
        const read = conflict(
          ...list.map((p, i) => {
            const t = Math.floor(ms[i]! + (p.at * (p.before + p.after) - p.before) * 60_000);
            return { postedAt: new Date(t % DAY ? t : t + 1).toISOString() };
          }),
        );
        expect(read.verdict).toBe(claimed.verdict);
        expect(read.value).toBeGreaterThanOrEqual(claimed.value!);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

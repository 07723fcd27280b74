import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeSpan } from '../../src/shared/time-span';
import { exact } from '../../src/shared/stat';
import type { Verdict } from '../../src/shared/score';
import { manual, post, reading, record, signalOf, type Run } from './helpers';

/**
 * Whatever the dates' coarseness, what the growth signal claims holds for every exact reading
 * of them: a pass passes, and a warning or red flag is at least as bad, wherever in its span
 * the viral post was posted and at whatever hour the series' count was taken.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TODAY = Date.UTC(2026, 2, 1); // the helpers' NOW is noon of this day
const iso = (ms: number) => new Date(ms).toISOString();

const spanArb = fc.option(
  fc.record({
    minutesBefore: fc.constantFrom(0, 60, 1440, 10_080, 43_834),
    minutesAfter: fc.constantFrom(0, 2160),
  }),
  { nil: undefined },
);
const caseArb = fc.record({
  visits: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 3 }),
  hours: fc.array(fc.integer({ min: 0, max: 23 }), { minLength: 3, maxLength: 3 }),
  gains: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }),
  seriesDay: fc.option(fc.integer({ min: 2, max: 32 }), { nil: undefined }),
  // Seven seconds past the minute: no post time falls on UTC midnight (read as a date alone).
  postedAgoMinutes: fc.integer({ min: 0, max: 45 * 1440 }),
  span: spanArb,
  // Where in its span each exact reading puts the post, and the series' hour (0 = earliest).
  samples: fc.array(
    fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    {
      minLength: 4,
      maxLength: 4,
    },
  ),
});
type Case = typeof caseArb extends fc.Arbitrary<infer C> ? C : never;

/** The run, with the viral post at `postedMs` and the series' count, if any, at `seriesMs`. */
function runOf(c: Case, postedMs: number, span: TimeSpan | undefined, seriesMs?: number): Run {
  const days = c.visits.filter((d) => c.seriesDay === undefined || Math.abs(d - c.seriesDay) >= 2);
  let followers = 10_000;
  const readings = days
    .sort((a, b) => b - a)
    .map((d, i) =>
      reading(iso(TODAY - d * DAY + c.hours[i]! * HOUR), (followers += c.gains[i]! * 50)),
    );
  const seriesCount = 10_000 + c.gains[3]! * 100;
  if (c.seriesDay !== undefined && seriesMs !== undefined)
    readings.push(reading(iso(seriesMs), seriesCount));
  const series =
    c.seriesDay !== undefined && seriesMs === undefined
      ? [{ date: iso(TODAY - c.seriesDay * DAY).slice(0, 10), followers: seriesCount }]
      : [];
  const views = (v: number) => exact(v, 'text');
  const posts = [1_000, 1_100, 900].map((v) =>
    post({ views: views(v), postedAt: iso(TODAY - 60 * DAY) }),
  );
  posts.push(
    post({
      views: views(20_000),
      postedAt: iso(postedMs),
      ...(span ? { postedAtSpan: span } : {}),
    }),
  );
  return { record: record({ posts }), readings, manual: manual({ growthSeries: series }) };
}

const RANK: Record<Verdict, number> = { insufficient: -1, pass: 0, warn: 1, fail: 2 };

describe('growth never claims more than every exact reading of its dates supports', () => {
  it('a pass passes and a warning or red flag holds on every reading', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const postedMs = TODAY + 12 * HOUR - c.postedAgoMinutes * 60_000 + 7000;
        const claimed = signalOf('growth-spikes', runOf(c, postedMs, c.span)).verdict;
        if (claimed === 'insufficient') return;
        const before = (c.span?.minutesBefore ?? 0) * 60_000;
        const after = (c.span?.minutesAfter ?? 0) * 60_000;
        for (const [p, h] of c.samples) {
          const at = Math.floor(postedMs - before + p * (before + after));
          const seriesMs = TODAY - (c.seriesDay ?? 0) * DAY - 14 * HOUR + h * 50 * HOUR;
          const exactRun = runOf(c, at % DAY === 0 ? at + 1 : at, undefined, seriesMs);
          const read = signalOf('growth-spikes', exactRun).verdict;
          if (claimed === 'pass') expect(read).toBe('pass');
          else expect(RANK[read]).toBeGreaterThanOrEqual(RANK[claimed]);
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});

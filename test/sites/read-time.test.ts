import { describe, expect, it } from 'vitest';
import { Comment, Post } from '../../src/shared/model';
import { blankPost } from '../../src/sites/common/grid';
import { timeBounds } from '../../src/shared/time-span';
import {
  commentTimeFields,
  dayTime,
  postTimeFields,
  readTime,
} from '../../src/sites/common/read-time';

const NOW = new Date('2026-04-28T10:00:00.000Z');
const MIN = 60_000;

/** The earliest and latest moment a read time can stand for, as ISO strings. */
const bounds = (t: ReturnType<typeof readTime>) =>
  timeBounds(Date.parse(t!.at), t!.span).map((ms) => new Date(ms).toISOString());

describe('a time read from a page carries how coarse it is', () => {
  it('a relative label covers the unit before the time it names', () => {
    expect(bounds(readTime(null, '2 h', NOW, 'en'))).toEqual([
      '2026-04-28T07:00:00.000Z',
      '2026-04-28T08:00:00.000Z',
    ]);
    expect(readTime(null, '3 days ago', NOW, 'en')!.span).toEqual({
      minutesBefore: 1440,
      minutesAfter: 0,
    });
  });

  it('no label is finer than a minute ("now", "5 s")', () => {
    expect(readTime(null, 'now', NOW, 'en')!.span).toEqual({ minutesBefore: 1, minutesAfter: 0 });
    expect(readTime(null, '5 s', NOW, 'en')!.span).toEqual({ minutesBefore: 1, minutesAfter: 0 });
  });

  it('machine timestamps are exact: no span', () => {
    expect(readTime('2026-04-27T23:50:00Z', '2 h', NOW)).toEqual({
      at: '2026-04-27T23:50:00.000Z',
      span: null,
    });
    expect(readTime('1777334400', null, NOW)!.span).toBeNull();
  });

  it('a date alone is its whole day in any zone, never later than the reading', () => {
    const day = readTime('2026-04-20', null, NOW)!;
    expect(day.at).toBe('2026-04-20T00:00:00.000Z');
    expect(bounds(day)).toEqual(['2026-04-19T10:00:00.000Z', '2026-04-21T12:00:00.000Z']);
    // Read on the day itself, 10:00 UTC: it cannot be later than now.
    const today = dayTime(2026, 4, 28, NOW)!;
    expect(Date.parse(today.at) + today.span!.minutesAfter * MIN).toBe(NOW.getTime());
    expect(dayTime(2026, 13, 1, NOW)).toBeNull();
  });

  it('fills the model fields only when coarse, and the model accepts them', () => {
    const exact = commentTimeFields(readTime('2026-04-27T23:50:00Z', null, NOW));
    expect(exact).toEqual({ at: '2026-04-27T23:50:00.000Z' });
    expect('atSpan' in exact).toBe(false);
    const coarse = postTimeFields(readTime(null, '3 weeks ago', NOW, 'en'));
    expect(coarse.postedAtSpan).toEqual({ minutesBefore: 7 * 1440, minutesAfter: 0 });
    expect(commentTimeFields(null)).toEqual({ at: null });
    const comment = {
      author: 'a',
      text: 'b',
      likes: null,
      ...commentTimeFields(readTime(null, '2 h', NOW)),
    };
    expect(Comment.parse(comment)).toEqual(comment);
  });

  it('the model refuses a negative or unbounded span, and reads a record without one', () => {
    const base = { author: 'a', text: 'b', likes: null, at: NOW.toISOString() };
    expect(Comment.safeParse(base).success).toBe(true);
    for (const atSpan of [
      { minutesBefore: -1, minutesAfter: 0 },
      { minutesBefore: 0, minutesAfter: 10_000_000 },
      { minutesBefore: 1.5, minutesAfter: 0 },
    ])
      expect(Comment.safeParse({ ...base, atSpan }).success).toBe(false);
    const post = {
      ...blankPost('https://www.youtube.com/watch?v=x'),
      postedAt: NOW.toISOString(),
      commentSample: [base],
    };
    expect(Post.safeParse(post).success).toBe(true);
    expect(Post.safeParse({ ...post, postedAtSpan: { minutesBefore: 60 } }).success).toBe(false);
  });
});

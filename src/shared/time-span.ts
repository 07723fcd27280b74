import type { Post } from './model';

/**
 * How coarsely a time was read, in whole minutes either side of the time kept (`Comment.at`,
 * `Post.postedAt`): a comment shown as "2 h" ago was made in the hour before the time it is
 * read as (sites round down); a date alone ("4-27") covers that day in whatever time zone the
 * page was shown in. Absent means exact (a machine timestamp), and in records stored before
 * times carried their span. Zod-free, so the content scripts can use it without bundling zod.
 */
export interface TimeSpan {
  minutesBefore: number;
  minutesAfter: number;
}

/** No label is coarser than a year (YouTube's "2 years ago" covers the year before). */
export const MAX_SPAN_MINUTES = 366 * 24 * 60;

/**
 * A date alone, in a zone the reader does not know: in UTC+14 its day starts 14 hours before
 * UTC midnight, in UTC−12 it ends 36 hours after it.
 */
export const DAY_IN_ANY_ZONE: TimeSpan = { minutesBefore: 14 * 60, minutesAfter: 36 * 60 };

const MINUTE = 60_000;

/** The earliest and latest moment (epoch ms) a time with this span can stand for. */
export function timeBounds(atMs: number, span: TimeSpan | null | undefined): [number, number] {
  if (!span) return [atMs, atMs];
  return [atMs - span.minutesBefore * MINUTE, atMs + span.minutesAfter * MINUTE];
}

const width = (span: TimeSpan | undefined) => (span ? span.minutesBefore + span.minutesAfter : 0);

/**
 * A post's time from whichever of two readings of it knows it more precisely, the first on a
 * tie: an exact time from the site's data is not replaced by a grid's "3 weeks ago". The
 * span always travels with its own time.
 */
export function preciserPostTime(
  first: Post,
  second: Post,
): Pick<Post, 'postedAt' | 'postedAtSpan'> {
  const pick =
    first.postedAt === null ||
    (second.postedAt !== null && width(second.postedAtSpan) < width(first.postedAtSpan))
      ? second
      : first;
  return pick.postedAtSpan
    ? { postedAt: pick.postedAt, postedAtSpan: pick.postedAtSpan }
    : { postedAt: pick.postedAt };
}

import { DAY_IN_ANY_ZONE, timeBounds, type TimeSpan } from '../shared/time-span';
import type { PostView } from './context';

const DAY = 86_400_000;

/**
 * The span of a time. Records stored before times carried one hold TikTok's day-only dates
 * ("4-27") and YouTube's date-only publishDate as UTC midnight with no span; an exact
 * timestamp falls on midnight to the millisecond once in 86,400 seconds, so such a time is
 * read as the day it most likely was: that can only leave a judgement open, never make one.
 */
export function spanOf(ms: number, span: TimeSpan | undefined): TimeSpan | undefined {
  return span ?? (ms % DAY === 0 ? DAY_IN_ANY_ZONE : undefined);
}

/** The earliest and latest moment (ms) a post's date can stand for; null when undated. */
export function postedBounds(p: PostView): [number, number] | null {
  return p.postedAt === null
    ? null
    : timeBounds(p.postedAt, spanOf(p.postedAt, p.post.postedAtSpan));
}

/** An ISO day ("2026-02-14"), the way the growth and partnership messages name dates. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

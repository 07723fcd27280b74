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

/** Whether a time span lies in a window however it is read ('surely'), on some readings, or not. */
export type InWindow = 'surely' | 'maybe' | 'not';
export function inWindow([lo, hi]: readonly [number, number], from: number, to: number): InWindow {
  if (lo >= from && hi <= to) return 'surely';
  return hi >= from && lo <= to ? 'maybe' : 'not';
}

/** "84–115 days ago": how long ago a span lies, rounded outwards so it never overstates. */
export const agoWords = ([lo, hi]: readonly [number, number], now: number): string =>
  `${Math.max(0, Math.floor((now - hi) / DAY))}–${Math.ceil((now - lo) / DAY)} days ago`;

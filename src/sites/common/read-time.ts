import type { Comment, Post } from '../../shared/model';
import { DAY_IN_ANY_ZONE, MAX_SPAN_MINUTES, type TimeSpan } from '../../shared/time-span';
import { parseRelativeTime } from '../counts';

/** A time as read from a page: the instant kept, and how coarse it was (null: exact). */
export interface ReadTime {
  at: string;
  span: TimeSpan | null;
}

const MINUTE = 60_000;
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date shown without a time ("4-27", "2025-05-28"), kept as UTC midnight as before, with the
 * day it covers in any time zone; never later than `now`, when it was read.
 */
export function dayTime(year: number, month: number, day: number, now: Date): ReadTime | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  if (!Number.isFinite(ms)) return null;
  const untilNow = Math.max(0, Math.floor((now.getTime() - ms) / MINUTE));
  const minutesAfter = Math.min(DAY_IN_ANY_ZONE.minutesAfter, untilNow);
  return { at: new Date(ms).toISOString(), span: { ...DAY_IN_ANY_ZONE, minutesAfter } };
}

/** Unix seconds or an ISO instant (exact), or a date alone (YouTube's publishDate). */
function machineTime(machine: string, now: Date): ReadTime | null {
  const day = DAY_ONLY.exec(machine);
  if (day) return dayTime(Number(day[1]), Number(day[2]), Number(day[3]), now);
  const ms = /^\d{9,10}$/.test(machine) ? Number(machine) * 1000 : Date.parse(machine);
  return Number.isFinite(ms) && ms > 0 ? { at: new Date(ms).toISOString(), span: null } : null;
}

/**
 * "2 h", "3 days ago": the time it names, and the unit before it (sites round down). No
 * label is finer than a minute, so "now" and "5 s" cover the minute before.
 */
function labelTime(label: string, now: Date, locale?: string): ReadTime | null {
  const parsed = parseRelativeTime(label, now, locale);
  if (!parsed) return null;
  const minutes = Math.ceil((parsed.high.getTime() - parsed.low.getTime()) / MINUTE);
  const minutesBefore = Math.min(MAX_SPAN_MINUTES, Math.max(1, minutes));
  return { at: parsed.at.toISOString(), span: { minutesBefore, minutesAfter: 0 } };
}

/** A machine-readable attribute when it reads, else a relative label against `now`. */
export function readTime(
  machine: string | null | undefined,
  label: string | null | undefined,
  now: Date,
  locale?: string,
): ReadTime | null {
  const exact = machine ? machineTime(machine, now) : null;
  return exact ?? (label ? labelTime(label, now, locale) : null);
}

/** A comment's time fields: the span only when the time was coarse. */
export function commentTimeFields(t: ReadTime | null): Pick<Comment, 'at' | 'atSpan'> {
  if (!t) return { at: null };
  return t.span ? { at: t.at, atSpan: t.span } : { at: t.at };
}

/** A post's time fields: the span only when the time was coarse. */
export function postTimeFields(t: ReadTime | null): Pick<Post, 'postedAt' | 'postedAtSpan'> {
  if (!t) return { postedAt: null };
  return t.span ? { postedAt: t.at, postedAtSpan: t.span } : { postedAt: t.at };
}

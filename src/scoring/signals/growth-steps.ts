import type { Ctx, PostView } from '../context';
import { holds, type Judgement } from '../compare';
import { days, median, time } from '../num';
import { inWindow, postedBounds } from '../post-time';
import { DAY_IN_ANY_ZONE, timeBounds } from '../../shared/time-span';
import type { Thresholds } from '../thresholds';

export interface Point {
  t: number;
  /** When the count can have been taken: a visit's time is exact, a series' date covers a day. */
  lo: number;
  hi: number;
  low: number;
  high: number;
  from: 'visit' | 'series';
}

/** One reading per calendar day (the last), visits and the pasted series merged. */
export function growthPoints(ctx: Ctx): Point[] {
  const byDay = new Map<string, Point>();
  const add = (t: number | null, low: number, high: number, from: Point['from']) => {
    if (t === null || !(low >= 0) || !(high >= low)) return;
    // A date alone, in whatever zone the series came from; never later than now.
    const [lo, hi] = from === 'series' ? timeBounds(t, DAY_IN_ANY_ZONE) : [t, t];
    const day = new Date(t).toISOString().slice(0, 10);
    const prev = byDay.get(day);
    const point = { t, lo, hi: Math.max(t, Math.min(hi, ctx.now)), low, high, from };
    if (!prev || prev.t <= t) byDay.set(day, point);
  };
  for (const s of ctx.readings)
    if (s?.followers) add(time(s.capturedAt), s.followers.low, s.followers.high, 'visit');
  for (const g of ctx.manual.growthSeries ?? [])
    add(time(`${g.date}T00:00:00Z`), g.followers, g.followers, 'series');
  return [...byDay.values()].sort((a, b) => a.t - b.t);
}

/** Posts whose views (or likes) reach the viral multiple of the creator's median post. */
export function viralPosts(ctx: Ctx): PostView[] {
  const metric = (p: PostView) => p.views ?? p.likes;
  const med = median(ctx.posts.flatMap((p) => (metric(p) === null ? [] : [metric(p)!])));
  if (med === null || med <= 0) return [];
  const factor = ctx.T['growth.viralFactor'];
  return ctx.posts.filter(
    (p) => p.postedAt !== null && metric(p) !== null && holds(metric(p)! / med, factor),
  );
}

/**
 * Gain per day as a share of the earlier count. Rounded counts ("12.3K") use the conservative
 * ends (earlier high, later low), so rounding never makes a spike; shorter gaps count as a whole
 * day, so two visits minutes apart cannot make one either.
 */
const rateOver = (a: Point, b: Point, gapMs: number) =>
  a.high > 0 ? Math.max(0, b.low - a.high) / Math.max(1, days(gapMs)) / a.high : 0;

/** Gain per day between two points: as read, and the least and most their times allow. */
export interface Rates {
  read: number;
  least: number;
  most: number;
}

export function ratesOf(a: Point, b: Point): Rates {
  const read = rateOver(a, b, b.t - a.t);
  // Dates of one pasted series share one clock (one source, one time of day): whole days apart.
  if (a.from === 'series' && b.from === 'series') return { read, least: read, most: read };
  // When either count may have been taken first, the "gain" may be a loss: nothing is certain.
  const least = b.lo < a.hi ? 0 : rateOver(a, b, b.hi - a.lo);
  return { read, least, most: rateOver(a, b, Math.max(0, b.lo - a.hi)) };
}

/**
 * How a viral post bears on a gain: it explains it when posted up to the window's days before
 * the gain began and not after it ended. `surely` lies in that window however the dates are
 * read; `maybe` only on some readings (a "2 weeks ago" that covers a week).
 */
export function explainers(a: Point, b: Point, viral: readonly PostView[], windowMs: number) {
  let maybe: PostView | undefined;
  for (const p of viral) {
    const bounds = postedBounds(p)!;
    // The window is narrowest from the latest its start can be to the earliest its end can be.
    if (inWindow(bounds, a.hi - windowMs, b.lo) === 'surely')
      return { surely: p, maybe: undefined };
    if (!maybe && inWindow(bounds, a.lo - windowMs, b.hi) !== 'not') maybe = p;
  }
  return { surely: undefined, maybe };
}

/** What a gain between two points comes to, however coarse its dates. */
export type Outcome =
  | { kind: 'calm' }
  | { kind: 'explained'; post: PostView }
  | { kind: 'open'; why: 'rate' }
  | { kind: 'open'; why: 'viral'; post: PostView }
  | { kind: 'spike'; judged: Judgement };

export function outcomeOf(
  rates: Rates,
  found: ReturnType<typeof explainers>,
  judge: (rate: number, T: Thresholds) => Judgement,
  T: Thresholds,
): Outcome {
  if (judge(rates.most, T).verdict === 'pass') return { kind: 'calm' };
  if (found.surely) return { kind: 'explained', post: found.surely };
  if (found.maybe) return { kind: 'open', why: 'viral', post: found.maybe };
  const judged = judge(rates.least, T);
  return judged.verdict === 'pass' ? { kind: 'open', why: 'rate' } : { kind: 'spike', judged };
}

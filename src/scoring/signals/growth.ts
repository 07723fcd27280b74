import type { Evidence, Signal } from '../../shared/score';
import type { Ctx, PostView } from '../context';
import { ev, insufficient, postEv, signal } from '../evidence';
import { bands, enough, holds, type Judgement } from '../compare';
import { counted, days, fmt, median, pct, time } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';

export const judgeGrowth = (gainPerDay: number, T: Thresholds): Judgement =>
  bands(gainPerDay, T, ['growth.warn', 'growth.fail']);

interface Point {
  t: number;
  low: number;
  high: number;
  from: 'visit' | 'series';
}

/** One reading per calendar day (the last), visits and the pasted series merged. */
function growthPoints(ctx: Ctx): Point[] {
  const byDay = new Map<string, Point>();
  const add = (t: number | null, low: number, high: number, from: Point['from']) => {
    if (t === null || !(low >= 0) || !(high >= low)) return;
    const day = new Date(t).toISOString().slice(0, 10);
    const prev = byDay.get(day);
    if (!prev || prev.t <= t) byDay.set(day, { t, low, high, from });
  };
  for (const s of ctx.readings)
    if (s?.followers) add(time(s.capturedAt), s.followers.low, s.followers.high, 'visit');
  for (const g of ctx.manual.growthSeries ?? [])
    add(time(`${g.date}T00:00:00Z`), g.followers, g.followers, 'series');
  return [...byDay.values()].sort((a, b) => a.t - b.t);
}

/** Posts whose views (or likes) reach the viral multiple of the creator's median post. */
function viralPosts(ctx: Ctx): PostView[] {
  const metric = (p: PostView) => p.views ?? p.likes;
  const med = median(ctx.posts.flatMap((p) => (metric(p) === null ? [] : [metric(p)!])));
  if (med === null || med <= 0) return [];
  const factor = ctx.T['growth.viralFactor'];
  return ctx.posts.filter(
    (p) => p.postedAt !== null && metric(p) !== null && holds(metric(p)! / med, factor),
  );
}

/**
 * Gain per day between consecutive readings, as a share of the earlier count. Rounded counts
 * ("12.3K") use the conservative ends (earlier high, later low), so rounding never makes a spike.
 */
export function growthSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const points = growthPoints(ctx);
  const base = {
    id: SIGNAL.growthSpikes,
    label: signalLabel(SIGNAL.growthSpikes, wordsFor(ctx.record.platform)),
    unit: 'followers gained / follower / day',
    sampleSize: points.length,
  };
  if (!enough(points.length, T, 'growth.minPoints')) {
    const why = () =>
      `${counted(points.length, 'follower reading')} on different days; visit again later or paste a series.`;
    return insufficient(base, why, T, 'growth.minPoints');
  }
  const viral = viralPosts(ctx);
  const windowMs = T['growth.viralWindowDays'].value * 86_400_000;
  let worst: { rate: number; a: Point; b: Point } | null = null;
  const spikes: { a: Point; b: Point; rate: number; explainedBy: PostView | undefined }[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!,
      b = points[i]!;
    const rate = growthRate(a, b);
    if (judgeGrowth(rate, T).verdict === 'pass') continue;
    const explainedBy = viral.find((p) => p.postedAt! >= a.t - windowMs && p.postedAt! <= b.t);
    spikes.push({ a, b, rate, explainedBy });
    if (!explainedBy && (!worst || rate > worst.rate)) worst = { rate, a, b };
  }
  const evidence = () =>
    spikes.flatMap(({ a, b, rate, explainedBy }) => [
      spikeEv(a, b, rate, explainedBy),
      ...(explainedBy ? [postEv(explainedBy.post, 'Viral post that explains the gain')] : []),
    ]);
  if (!worst) {
    const maxRate = Math.max(0, ...points.slice(1).map((b, i) => growthRate(points[i]!, b)));
    return signal({ ...base, value: maxRate }, judgeGrowth(0, T), () => ({
      message: spikes.length
        ? 'Fast gains found, each explained by a viral post in the days before.'
        : `No gain above ${pct(T['growth.warn'].value)} a day across ${points.length} readings (largest ${pct(maxRate)}).`,
      evidence: evidence(),
    }));
  }
  const { rate, a, b } = worst;
  return signal({ ...base, value: rate }, judgeGrowth(rate, T), () => ({
    message: `Gain of ${pct(rate)} of followers a day between ${day(a)} and ${day(b)}, with no viral post to explain it.`,
    evidence: evidence(),
  }));
}

const day = (p: Point) => new Date(p.t).toISOString().slice(0, 10);
/** Shorter gaps count as a whole day, so two visits minutes apart cannot make a spike. */
const growthRate = (a: Point, b: Point) =>
  a.high > 0 ? Math.max(0, b.low - a.high) / Math.max(1, days(b.t - a.t)) / a.high : 0;

function spikeEv(a: Point, b: Point, rate: number, viral: PostView | undefined): Evidence {
  const span = Math.max(1, days(b.t - a.t));
  const label = `${day(a)} → ${day(b)}: ${fmt(a.high)} → ${fmt(b.low)} followers, ${pct(rate)} a day over ${fmt(span, 1)} ${span === 1 ? 'day' : 'days'}`;
  return ev(
    'snapshot',
    label,
    viral ? 'explained by a viral post' : `readings from ${a.from} and ${b.from}`,
  );
}

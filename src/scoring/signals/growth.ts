import type { Evidence, Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, postEv, signal } from '../evidence';
import { bands, enough, ref, type Judgement } from '../compare';
import { counted, days, fmt, pct } from '../num';
import { isoDay, postedBounds } from '../post-time';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';
import {
  explainers,
  growthPoints,
  outcomeOf,
  ratesOf,
  viralPosts,
  type Outcome,
  type Point,
  type Rates,
} from './growth-steps';

export const judgeGrowth = (gainPerDay: number, T: Thresholds): Judgement =>
  bands(gainPerDay, T, ['growth.warn', 'growth.fail']);

interface Step {
  a: Point;
  b: Point;
  rates: Rates;
  out: Outcome;
}

/**
 * Follower gain per day between consecutive readings, and whether a viral post explains it.
 * Visits are timed exactly, but a pasted series' dates and the posts' dates can be coarse: a
 * gain warns only when it is too fast and unexplained however those dates are read; when the
 * answer depends on the reading, the signal is not judged and says the dates are too rough.
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
  const steps: Step[] = points.slice(1).map((b, i) => {
    const a = points[i]!;
    const rates = ratesOf(a, b);
    const out = outcomeOf(rates, explainers(a, b, viral, windowMs), judgeGrowth, T);
    return { a, b, rates, out };
  });
  const evidence = () => steps.flatMap(stepEv);
  const worst = steps.reduce<Step | null>(
    (w, s) => (s.out.kind === 'spike' && (!w || s.rates.least > w.rates.least) ? s : w),
    null,
  );
  if (worst?.out.kind === 'spike') {
    const { a, b, rates } = worst;
    // The figure shown is the one judged, the least the dates allow: a rate in the fail band
    // never stands beside a warning.
    return signal({ ...base, value: rates.least }, worst.out.judged, () => ({
      message: `Gain of ${rateWords(rates)} of followers a day between ${isoDay(a.t)} and ${isoDay(b.t)}, with no viral post to explain it.`,
      evidence: evidence(),
    }));
  }
  const open = steps.find((s) => s.out.kind === 'open');
  if (open) {
    // The rows it could not settle: the rate's bands, and the viral window when a date straddles it.
    const rows = judgeGrowth(0, T).thresholds;
    const viralRow = 'post' in open.out ? [ref(T['growth.viralWindowDays'])] : [];
    const judged: Judgement = { verdict: 'insufficient', thresholds: [...rows, ...viralRow] };
    return signal({ ...base, value: null }, judged, () => ({
      message: openWords(open, T),
      evidence: evidence(),
    }));
  }
  const maxRate = Math.max(0, ...steps.map((s) => s.rates.most));
  return signal({ ...base, value: maxRate }, judgeGrowth(0, T), () => ({
    message: steps.some((s) => s.out.kind === 'explained')
      ? 'Fast gains found, each explained by a viral post in the days before.'
      : `No gain above ${pct(T['growth.warn'].value)} a day across ${points.length} readings (largest ${pct(maxRate)}).`,
    evidence: evidence(),
  }));
}

/** "4.0%", or "2.7%–5.5%" when the dates leave the rate a range. */
const rateWords = (r: Rates) =>
  r.most - r.least < 0.0005 ? pct(r.read) : `${pct(r.least)}–${pct(r.most)}`;

/** Why a gain is not judged, with the range the dates allow and the threshold it straddles. */
function openWords({ a, b, rates, out }: Step, T: Thresholds): string {
  const gain = `Gain of ${rateWords(rates)} of followers a day between ${isoDay(a.t)} and ${isoDay(b.t)}`;
  if (out.kind === 'open' && out.why === 'viral') {
    const [lo, hi] = postedBounds(out.post)!;
    const w = T['growth.viralWindowDays'].value;
    return (
      `${gain}. A viral post may explain it, but its date is shown too roughly to tell: ` +
      `posted between ${isoDay(lo)} and ${isoDay(hi)}, and a viral post explains a gain only when posted up to ${w} days before it.`
    );
  }
  return (
    `${gain}, given how the dates are shown. The dates are shown too roughly (a date without a time) ` +
    `to tell whether that is above the ${pct(T['growth.warn'].value)} a day that warns.`
  );
}

const DETAIL: Record<Outcome['kind'], string> = {
  calm: '',
  explained: 'explained by a viral post',
  open: 'dates shown too roughly to judge',
  spike: '',
};

function stepEv({ a, b, rates, out }: Step): Evidence[] {
  if (out.kind === 'calm') return [];
  const span = Math.max(1, days(b.t - a.t));
  const label = `${isoDay(a.t)} → ${isoDay(b.t)}: ${fmt(a.high)} → ${fmt(b.low)} followers, ${rateWords(rates)} a day over ${fmt(span, 1)} ${span === 1 ? 'day' : 'days'}`;
  const detail = DETAIL[out.kind] || `readings from ${a.from} and ${b.from}`;
  const post = 'post' in out ? out.post : undefined;
  const why =
    out.kind === 'explained'
      ? 'Viral post that explains the gain'
      : 'Viral post that may explain the gain';
  return [ev('snapshot', label, detail), ...(post ? [postEv(post.post, why)] : [])];
}

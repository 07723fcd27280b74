import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, signal } from '../evidence';
import { bands, enough, worse, type Judgement } from '../compare';
import { days, fmt, median } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import type { Thresholds } from '../thresholds';
import { wordsFor } from '../words';
import { timeBounds } from '../../shared/time-span';

export const judgeGap = (d: number, T: Thresholds): Judgement =>
  bands(d, T, ['consistency.gap.warn', 'consistency.gap.fail']);
export const judgeRecency = (d: number, T: Thresholds): Judgement =>
  bands(d, T, ['consistency.recency.warn', 'consistency.recency.fail']);

/** A dated post's time and the earliest and latest moment its label can stand for (ms). */
interface Dated {
  at: number;
  lo: number;
  hi: number;
}

/**
 * Gaps between neighbouring posts (newest first): as read, and as short and as long as the
 * posts' labels allow ("3 weeks ago" covers a week; YouTube's "1 year ago" a year).
 */
function gapsOf(dated: readonly Dated[]) {
  const pairs = dated.slice(1).map((older, i) => [dated[i]!, older] as const);
  return {
    read: pairs.map(([a, b]) => days(a.at - b.at)),
    least: pairs.map(([a, b]) => days(Math.max(0, a.lo - b.hi))),
    most: pairs.map(([a, b]) => days(a.hi - b.lo)),
  };
}

/** Nothing when the labels fix the figure to the day, else "x–y days, given how…". */
const range = (least: number, most: number) =>
  most - least < 1 ? null : `${fmt(least, 0)}–${fmt(most, 0)} days, given how the dates are shown`;

/**
 * 000 checklist: "content consistency over time" — posting cadence and recency of visible
 * posts. Coarse dates never count against the creator from rounding alone: a silence is too
 * long only when it is however the labels are read, and a cadence whose possible readings fall
 * in different bands is not judged.
 */
export function consistencySignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const dated: Dated[] = ctx.posts
    .flatMap(({ post, postedAt }) => {
      if (postedAt === null) return [];
      const [lo, hi] = timeBounds(postedAt, post.postedAtSpan);
      return [{ at: postedAt, lo, hi }];
    })
    .sort((a, b) => b.at - a.at);
  const base = {
    id: SIGNAL.consistency,
    label: signalLabel(SIGNAL.consistency, wordsFor(ctx.record.platform)),
    unit: 'median days between posts',
    sampleSize: dated.length,
  };
  if (!enough(dated.length, T, 'consistency.minPosts')) {
    const why = () =>
      `${dated.length} ${wordsFor(ctx.record.platform).posts} with a date; need ${T['consistency.minPosts'].value}.`;
    return insufficient(base, why, T, 'consistency.minPosts');
  }
  const gaps = gapsOf(dated);
  const gap = median(gaps.read)!;
  const [leastGap, mostGap] = [median(gaps.least)!, median(gaps.most)!];
  // The last post is at least as recent as the latest "earliest" moment, at most the latest "latest".
  const since = Math.max(0, days(ctx.now - dated[0]!.at));
  const leastSince = Math.max(0, days(ctx.now - Math.max(...dated.map((d) => d.hi))));
  const mostSince = Math.max(0, days(ctx.now - Math.max(...dated.map((d) => d.lo))));
  const g = judgeGap(leastGap, T),
    r = judgeRecency(leastSince, T);
  // Labels that leave the cadence anywhere from fine to too slow ("1 month ago", "2 months
  // ago") cannot judge it; what is too slow however read, or a silence that is, still counts.
  const gapKnown = g.verdict !== 'pass' || judgeGap(mostGap, T).verdict === 'pass';
  const judged: Judgement = {
    verdict: gapKnown
      ? worse(g.verdict, r.verdict)
      : r.verdict === 'pass'
        ? 'insufficient'
        : r.verdict,
    thresholds: [...g.thresholds, ...r.thresholds],
  };
  const post = wordsFor(ctx.record.platform).post;
  const value = judged.verdict === 'insufficient' ? null : gap;
  const [gapRange, sinceRange] = [range(leastGap, mostGap), range(leastSince, mostSince)];
  return signal({ ...base, value }, judged, () => ({
    message:
      `A new ${post} every ${fmt(gap, 1)} days (median${gapRange ? `; ${gapRange}` : ''}), ` +
      `the last one ${fmt(since, 0)} days ago${sinceRange ? ` (${sinceRange})` : ''}.` +
      (gapKnown ? '' : ' The dates are shown too roughly to judge how often they post.'),
    evidence: [
      ev(
        'number',
        `Median ${fmt(gap, 1)} days between ${dated.length} posts; longest gap ${fmt(Math.max(...gaps.read), 1)} days`,
      ),
      ev(
        'number',
        `Latest post ${fmt(since, 1)} days ago`,
        new Date(dated[0]!.at).toISOString().slice(0, 10),
      ),
    ],
  }));
}

import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, signal } from '../evidence';
import { bands, enough, worse, type Judgement } from '../compare';
import { days, fmt, median } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import type { Thresholds } from '../thresholds';
import { wordsFor } from '../words';
import { postedBounds } from '../post-time';

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
 * posts' labels allow ("3 weeks ago" covers a week; YouTube's "1 year ago" a year). Labels can
 * swap posts, so the bounds are by position: the k-th newest post was made between the k-th
 * latest "earliest" and the k-th latest "latest" moment, whichever posts those come from.
 */
function gapsOf(dated: readonly Dated[]) {
  const pairs = dated.slice(1).map((older, i) => [dated[i]!, older] as const);
  const los = dated.map((d) => d.lo).sort((a, b) => b - a);
  const his = dated.map((d) => d.hi).sort((a, b) => b - a);
  return {
    read: pairs.map(([a, b]) => days(a.at - b.at)),
    least: pairs.map((_, k) => days(Math.max(0, los[k]! - his[k + 1]!))),
    most: pairs.map((_, k) => days(his[k]! - los[k + 1]!)),
  };
}

/** Nothing when the labels fix the figure to the day, else "x–y days, given how…" (rounded outwards). */
const range = (least: number, most: number) =>
  most - least < 1
    ? null
    : `${Math.floor(least)}–${Math.ceil(most)} days, given how the dates are shown`;

/**
 * 000 checklist: "content consistency over time" — posting cadence and recency of visible
 * posts. Coarse dates never count against the creator from rounding alone: a silence is too
 * long only when it is however the labels are read, and a cadence whose possible readings fall
 * in different bands is not judged.
 */
export function consistencySignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const dated: Dated[] = ctx.posts
    .flatMap((p) => {
      const bounds = postedBounds(p);
      return bounds ? [{ at: p.postedAt!, lo: bounds[0], hi: bounds[1] }] : [];
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
  // ago") cannot judge it, nor can a latest post that may or may not be within the month;
  // what is too slow however read, or a silence that is, still counts.
  const gapKnown = g.verdict !== 'pass' || judgeGap(mostGap, T).verdict === 'pass';
  const sinceKnown = r.verdict !== 'pass' || judgeRecency(mostSince, T).verdict === 'pass';
  const sure = worse(g.verdict, r.verdict);
  const judged: Judgement = {
    verdict: sure === 'pass' && !(gapKnown && sinceKnown) ? 'insufficient' : sure,
    thresholds: [...g.thresholds, ...r.thresholds],
  };
  const post = wordsFor(ctx.record.platform).post;
  // A gap that warns or fails is shown as judged, the shortest the dates allow, so a figure in
  // the fail band never stands beside a warning; otherwise as read.
  const value = judged.verdict === 'insufficient' ? null : g.verdict === 'pass' ? gap : leastGap;
  const [gapRange, sinceRange] = [range(leastGap, mostGap), range(leastSince, mostSince)];
  return signal({ ...base, value }, judged, () => ({
    message:
      `A new ${post} every ${fmt(gap, 1)} days (median${gapRange ? `; ${gapRange}` : ''}), ` +
      `the last one ${fmt(since, 0)} ${fmt(since, 0) === '1' ? 'day' : 'days'} ago${sinceRange ? ` (${sinceRange})` : ''}.` +
      roughWords(gapKnown, sinceKnown, T['consistency.recency.warn'].value),
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

/** What the dates are too rough to tell, when they are. */
function roughWords(gapKnown: boolean, sinceKnown: boolean, recencyDays: number): string {
  const open = [
    ...(gapKnown ? [] : ['how often they post']),
    ...(sinceKnown ? [] : [`whether the last one was within ${recencyDays} days`]),
  ];
  return open.length ? ` The dates are shown too roughly to judge ${open.join(' or ')}.` : '';
}

import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, signal } from '../evidence';
import { bands, enough, worse, type Judgement } from '../compare';
import { days, fmt, median } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import type { Thresholds } from '../thresholds';
import { wordsFor } from '../words';

export const judgeGap = (d: number, T: Thresholds): Judgement =>
  bands(d, T, ['consistency.gap.warn', 'consistency.gap.fail']);
export const judgeRecency = (d: number, T: Thresholds): Judgement =>
  bands(d, T, ['consistency.recency.warn', 'consistency.recency.fail']);

/** 000 checklist: "content consistency over time" — posting cadence and recency of visible posts. */
export function consistencySignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const dated = ctx.posts
    .flatMap((p) => (p.postedAt === null ? [] : [p.postedAt]))
    .sort((a, b) => b - a);
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
  const gaps = dated.slice(1).map((t, i) => days(dated[i]! - t));
  const gap = median(gaps)!;
  const since = Math.max(0, days(ctx.now - dated[0]!));
  const g = judgeGap(gap, T),
    r = judgeRecency(since, T);
  const judged: Judgement = {
    verdict: worse(g.verdict, r.verdict),
    thresholds: [...g.thresholds, ...r.thresholds],
  };
  return signal({ ...base, value: gap }, judged, () => ({
    message: `A new ${wordsFor(ctx.record.platform).post} every ${fmt(gap, 1)} days (median), the last one ${fmt(since, 0)} days ago.`,
    evidence: [
      ev(
        'number',
        `Median ${fmt(gap, 1)} days between ${dated.length} posts; longest gap ${fmt(Math.max(...gaps), 1)} days`,
      ),
      ev(
        'number',
        `Latest post ${fmt(since, 1)} days ago`,
        new Date(dated[0]!).toISOString().slice(0, 10),
      ),
    ],
  }));
}

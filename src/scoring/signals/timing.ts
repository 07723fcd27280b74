import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { commentEv, insufficient, signal } from '../evidence';
import { bands, enough, holds, type Judgement } from '../compare';
import { counted, fmt, pct } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';

export const judgeTiming = (share: number, T: Thresholds): Judgement =>
  bands(share, T, ['timing.warn', 'timing.fail']);

/** Share of timed comments made within the window after posting ("all engagement within minutes"). */
export function timingSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const window = T['timing.windowMinutes'];
  let timed = 0;
  const early: { c: (typeof ctx.comments)[number]; minutes: number }[] = [];
  for (const c of ctx.comments) {
    const posted = c.post.postedAt;
    if (posted === null || !c.comment.at) continue;
    const at = Date.parse(c.comment.at);
    // A comment cannot come before its post: such a time was rounded (TikTok dates comments
    // older than four weeks by day only, "4-27", read as midnight), so it says nothing about
    // minutes. Counting it as immediate made every day-dated comment a red flag.
    if (!Number.isFinite(at) || at < posted) continue;
    timed++;
    const minutes = (at - posted) / 60_000;
    if (holds(minutes, window)) early.push({ c, minutes });
  }
  const base = {
    id: SIGNAL.engagementTiming,
    label: signalLabel(SIGNAL.engagementTiming, wordsFor(ctx.record.platform)),
    unit: 'share of timed comments',
    sampleSize: timed,
  };
  if (!enough(timed, T, 'timing.minComments')) {
    const why = () =>
      `${counted(timed, 'comment')} with both a comment time and a post time; need ${T['timing.minComments'].value}.`;
    return insufficient(base, why, T, 'timing.minComments');
  }
  const share = early.length / timed;
  return signal({ ...base, value: share }, judgeTiming(share, T), () => ({
    message: `${early.length} of ${timed} timed comments (${pct(share, 0)}) came within ${window.value} minutes of posting.`,
    evidence: early
      .slice(0, 8)
      .map(({ c, minutes }) =>
        commentEv(c.comment, `${fmt(minutes, 1)} min after posting`, c.post.post),
      ),
  }));
}

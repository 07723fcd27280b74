import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { commentEv, insufficient, signal } from '../evidence';
import { bands, enough, holds, type Judgement } from '../compare';
import { counted, pct } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import { delayBounds, delayWords, leftOutWords } from './timing-delay';
import type { Thresholds } from '../thresholds';

export const judgeTiming = (share: number, T: Thresholds): Judgement =>
  bands(share, T, ['timing.warn', 'timing.fail']);

/**
 * Share of timed comments made within the window after posting ("all engagement within
 * minutes"). Times are often coarse ("2 h", a date alone), so a comment counts as early only
 * when every moment its time and its post's time allow lies within the window, as timed but
 * not early only when every such moment lies after it; the rest are left out, and said so.
 */
export function timingSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const window = T['timing.windowMinutes'];
  let timed = 0;
  let coarse = 0;
  const early: { c: (typeof ctx.comments)[number]; delay: [number, number] }[] = [];
  for (const c of ctx.comments) {
    const delay = delayBounds(c);
    // A comment wholly before its post is a misread time: it says nothing about minutes.
    if (!delay || delay[1] < 0) continue;
    if (delay[0] >= 0 && holds(delay[1], window)) {
      timed++;
      early.push({ c, delay });
    } else if (!holds(delay[0], window)) timed++;
    else coarse++;
  }
  const base = {
    id: SIGNAL.engagementTiming,
    label: signalLabel(SIGNAL.engagementTiming, wordsFor(ctx.record.platform)),
    unit: 'share of timed comments',
    sampleSize: timed,
  };
  const leftOut = () => leftOutWords(coarse, window.value);
  if (!enough(timed, T, 'timing.minComments')) {
    const why = () =>
      `${counted(timed, 'comment')} with both a comment time and a post time; need ${T['timing.minComments'].value}.${leftOut()}`;
    return insufficient(base, why, T, 'timing.minComments');
  }
  const share = early.length / timed;
  return signal({ ...base, value: share }, judgeTiming(share, T), () => ({
    message: `${early.length} of ${timed} timed comments (${pct(share, 0)}) came within ${window.value} minutes of posting.${leftOut()}`,
    evidence: early
      .slice(0, 8)
      .map(({ c, delay }) => commentEv(c.comment, delayWords(delay), c.post.post)),
  }));
}

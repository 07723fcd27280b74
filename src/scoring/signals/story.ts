import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, signal } from '../evidence';
import { bands, type Judgement } from '../compare';
import { fmt, isNum, pct, ratio } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';

export const judgeStory = (share: number, T: Thresholds): Judgement =>
  bands(share, T, ['story.fail']);

/** Story views ÷ followers (000: "views below 5% of followers"). Only the creator sees story views. */
export function storySignal(ctx: Ctx): Signal {
  const { T, manual, record } = ctx;
  const views = isNum(manual.storyViews) ? manual.storyViews : (record.storyViews?.value ?? null);
  const from = isNum(manual.storyViews) ? 'entered by hand' : 'read from the page';
  const base = {
    id: SIGNAL.storyViews,
    label: signalLabel(SIGNAL.storyViews, wordsFor(ctx.record.platform)),
    unit: 'views / follower',
    sampleSize: views === null ? 0 : 1,
  };
  const share = ratio(views, ctx.followers);
  if (share === null) {
    const why = () =>
      views === null
        ? 'No story-view figure: ask the creator for a screenshot of story insights and enter it.'
        : 'Follower count not visible: cannot compare story views.';
    return insufficient(base, why, T, 'story.fail');
  }
  return signal({ ...base, value: share }, judgeStory(share, T), () => ({
    message: `Story views are ${pct(share)} of followers (red flag below ${pct(T['story.fail'].value, 0)}).`,
    evidence: [
      ev(
        'manual',
        `${fmt(views)} story views (${from}) ÷ ${fmt(ctx.followers)} followers = ${pct(share)}`,
      ),
    ],
  }));
}

import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, signal } from '../evidence';
import { ref } from '../compare';
import { fmt } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { TIER_LABEL } from '../tier';
import type { ThresholdId } from '../thresholds';
import { wordsFor } from '../words';

const FLOOR: Record<string, ThresholdId> = {
  nano: 'tier.nano.min',
  micro: 'tier.micro.min',
  mid: 'tier.mid.min',
  macro: 'tier.macro.min',
  mega: 'tier.mega.min',
  'below-nano': 'tier.nano.min',
};

/** The tier is a fact, not a verdict: it passes whenever the follower count is known. */
export function tierSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const base = {
    id: SIGNAL.tier,
    label: signalLabel(SIGNAL.tier, wordsFor(ctx.record.platform)),
    unit: 'followers',
    sampleSize: ctx.followers === null ? 0 : 1,
  };
  const floor = FLOOR[ctx.tier];
  if (ctx.followers === null || !floor) {
    const why = () => 'Follower count not visible: enter it by hand to get a tier.';
    return insufficient(base, why, T, 'tier.nano.min');
  }
  const followers = ctx.followers;
  return signal(
    { ...base, value: followers },
    { verdict: 'pass', thresholds: [ref(T[floor])] },
    () => {
      const from = ctx.record.followers
        ? `read from the page ("${ctx.record.followers.raw}")`
        : 'entered by hand';
      const w = wordsFor(ctx.record.platform);
      return {
        message: `${TIER_LABEL[ctx.tier]}: ${fmt(followers)} ${w.followers} (${from}).`,
        evidence: [ev('number', `${fmt(followers)} ${w.followers}`, from)],
      };
    },
  );
}

import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, MAX_EVIDENCE, signal } from '../evidence';
import { enough, holds, ref, worse, type Judgement } from '../judge';
import { clamp, pct, wilson } from '../num';
import { SIGNAL } from '../signal-ids';
import type { Thresholds } from '../thresholds';
import { featuresOf, type FollowerFeatures } from './features';
import { suspicion } from './model';

/** Warn on the estimate; fail only when even the interval's lower bound is above the line. */
export function judgeAudience(estimate: number, low: number, T: Thresholds): Judgement {
  const warn = T['audience.warn'],
    fail = T['audience.fail'];
  let verdict: Judgement['verdict'] = 'pass';
  const fired = [];
  if (holds(estimate, warn)) {
    verdict = 'warn';
    fired.push(ref(warn));
  }
  if (holds(low, fail)) {
    verdict = worse(verdict, 'fail');
    fired.push(ref(fail));
  }
  return { verdict, thresholds: fired.length ? fired : [ref(warn), ref(fail)] };
}

/**
 * Corrects a flagged share for the model's known error rates (Rogan–Gladen):
 * true = (flagged + specificity − 1) ÷ (sensitivity + specificity − 1), kept in [0, 1].
 */
export function correctShare(flagged: number, T: Thresholds): number {
  const sens = T['audience.sensitivity'].value,
    spec = T['audience.specificity'].value;
  const d = sens + spec - 1;
  return d > 0.05 ? clamp((flagged + spec - 1) / d, 0, 1) : clamp(flagged, 0, 1);
}

const REASONS: [keyof FollowerFeatures, string][] = [
  ['noAvatar', 'default avatar'],
  ['noDisplayName', 'no display name'],
  ['nameIsUsername', 'display name = username'],
  ['randomUsername', 'random-looking username'],
];

export function audienceSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const list = (ctx.record.followersSample ?? []).filter(
    (f) => f && typeof f.username === 'string',
  );
  const base = {
    id: SIGNAL.audienceSample,
    label: 'Audience sample (visible followers)',
    unit: 'estimated fake share',
    sampleSize: list.length,
  };
  if (!enough(list.length, T, 'audience.minSample')) {
    const message = `${list.length} follower(s) read; open the followers list and scroll to read at least ${T['audience.minSample'].value}.`;
    return insufficient({ ...base, message }, T, 'audience.minSample');
  }
  const namesShown = list.some((f) => f.displayName !== null && f.displayName.trim() !== '');
  const cutoff = T['audience.cutoff'];
  const flagged = list.flatMap((f) => {
    if (f.verified === true) return [];
    const x = featuresOf(f, namesShown);
    const p = suspicion(x, T);
    return holds(p, cutoff) ? [{ f, x, p }] : [];
  });
  const k = flagged.length,
    n = list.length;
  const ci = wilson(k, n, T['audience.z'].value);
  const est = correctShare(k / n, T);
  const low = correctShare(ci.low, T),
    high = correctShare(ci.high, T);
  const evidence = [
    ev(
      'number',
      `${k} of ${n} followers flagged (${pct(k / n, 0)}; 95% interval ${pct(ci.low, 0)}–${pct(ci.high, 0)})`,
      `Corrected for the model's held-out sensitivity ${pct(T['audience.sensitivity'].value, 0)} and specificity ${pct(T['audience.specificity'].value, 0)}`,
    ),
    ...flagged
      .sort((a, b) => b.p - a.p)
      .slice(0, MAX_EVIDENCE - 1)
      .map(({ f, x, p }) =>
        ev(
          'follower',
          `@${f.username} — suspicion ${pct(p, 0)}`,
          REASONS.filter(([key]) => x[key] === 1)
            .map(([, why]) => why)
            .concat(x.usernameDigits > 0 ? [`${pct(x.usernameDigits, 0)} digits in username`] : [])
            .join(', '),
        ),
      ),
  ];
  const message = `Estimated fake share ${pct(est, 0)} (range ${pct(low, 0)}–${pct(high, 0)}) from ${n} visible followers.`;
  return signal({ ...base, value: est, message, evidence }, judgeAudience(est, low, T));
}

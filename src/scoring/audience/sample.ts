import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, MAX_EVIDENCE, signal } from '../evidence';
import { enough, holds, ref, worse, type Judgement } from '../compare';
import { counted, pct } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';
import { featuresOf, type FollowerFeatures } from './features';
import { levelOf, shareInterval, type ShareInterval } from './interval';
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
 * The fake share behind k flagged of n, with the model's sensitivity and specificity spread
 * over the ranges measured on several data sets (threshold table). When the list shows neither
 * avatars nor display names, only the username is left, which tells fakes apart barely if at
 * all: sensitivity may then be as low as the false-alarm rate, and the interval widens to say so.
 */
export function estimateShare(
  k: number,
  n: number,
  informative: boolean,
  T: Thresholds,
): ShareInterval {
  const spec = {
    low: T['audience.specificity.low'].value,
    high: T['audience.specificity.high'].value,
  };
  const seHigh = T['audience.sensitivity.high'].value;
  const seLow = informative ? T['audience.sensitivity.low'].value : 1 - spec.high;
  return shareInterval(
    k,
    n,
    { low: Math.min(seLow, seHigh), high: seHigh },
    spec,
    levelOf(T['audience.z'].value),
  );
}

const REASONS: [keyof FollowerFeatures, string][] = [
  ['noAvatar', 'default avatar'],
  ['noDisplayName', 'no display name'],
  ['nameIsUsername', 'display name = username'],
  ['nameOneWord', 'one-word display name'],
  ['nameManyWords', 'display name of three words or more'],
  ['randomUsername', 'random-looking username'],
];

export function audienceSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const list = (ctx.record.followersSample ?? []).filter(
    (f) => f && typeof f.username === 'string',
  );
  const base = {
    id: SIGNAL.audienceSample,
    label: signalLabel(SIGNAL.audienceSample, wordsFor(ctx.record.platform)),
    unit: 'estimated fake share',
    sampleSize: list.length,
  };
  if (!enough(list.length, T, 'audience.minSample')) {
    const why = () =>
      `${counted(list.length, 'follower')} read; open the followers list and scroll to read at least ${T['audience.minSample'].value}.`;
    return insufficient(base, why, T, 'audience.minSample');
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
  // Avatars or display names shown: the features that tell fakes apart are there.
  const informative = namesShown || list.some((f) => typeof f.defaultAvatar === 'boolean');
  const { estimate: est, low, high } = estimateShare(k, n, informative, T);
  return signal({ ...base, value: est }, judgeAudience(est, low, T), () => ({
    message: informative
      ? `Estimated fake share ${pct(est, 0)} (could be ${pct(low, 0)}–${pct(high, 0)}) from ${n} visible followers.`
      : `Cannot tell fakes apart from what this list shows; the fake share could be ${pct(low, 0)}–${pct(high, 0)} of ${n} visible followers.`,
    evidence: [
      ev(
        'number',
        `${k} of ${n} followers flagged (${pct(k / n, 0)}); fake share ${pct(est, 0)}, interval ${pct(low, 0)}–${pct(high, 0)}`,
        informative
          ? `The model finds ${pct(T['audience.sensitivity.low'].value, 0)}–${pct(T['audience.sensitivity.high'].value, 0)} of fakes depending on the population (measured on several data sets); the interval allows for all of it`
          : 'This list shows no avatars and no display names, so fakes can barely be told apart: the interval is wide on purpose',
      ),
      ...flaggedEv(flagged),
    ],
  }));
}

type Flagged = { f: { username: string }; x: FollowerFeatures; p: number };
const flaggedEv = (flagged: Flagged[]) =>
  flagged
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
    );

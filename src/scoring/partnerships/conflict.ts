import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { insufficient, signal } from '../evidence';
import { bands, ref, type Judgement } from '../compare';
import { counted } from '../num';
import { agoWords, inWindow, postedBounds } from '../post-time';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';
import type { Sponsored } from './analysis';
import { factsOf, sponsoredEv } from './signals';

const DAY = 86_400_000;

export const judgeConflict = (n: number, T: Thresholds): Judgement =>
  bands(n, T, ['partnership.conflict.fail']);

/**
 * Issue 17: a partnership with a competitor from the brand profile within the chosen window.
 * A post counts when its date lies in the window however it is read; one whose label ("3
 * months ago" covers a month) may fall either side leaves the signal unjudged, said so.
 */
export function competitorConflictSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const competitors = ctx.brand.competitors ?? [];
  const f = factsOf(ctx);
  const base = {
    id: SIGNAL.competitorConflict,
    label: signalLabel(SIGNAL.competitorConflict, wordsFor(ctx.record.platform)),
    unit: 'posts',
    sampleSize: f.sponsored.length,
  };
  if (!competitors.length)
    return insufficient(
      base,
      () => 'No competitors in the brand profile: add them in the options to check for conflicts.',
      T,
    );
  const days = T['partnership.conflict.days'].value;
  const since = ctx.now - days * DAY;
  const withRival = f.sponsored.filter((s) => s.rivals.length);
  const when = (s: Sponsored) => {
    const bounds = postedBounds(s.view);
    return bounds ? inWindow(bounds, since, Infinity) : 'undated';
  };
  const recent = withRival.filter((s) => when(s) === 'surely');
  const maybe = withRival.filter((s) => when(s) === 'maybe');
  const undated = withRival.filter((s) => when(s) === 'undated').length;
  const evidence = () =>
    [...recent, ...maybe, ...withRival.filter((s) => !recent.includes(s) && !maybe.includes(s))]
      .slice(0, 8)
      .map((s) => {
        const bounds = maybe.includes(s) ? postedBounds(s.view) : null;
        const ago = bounds ? `; posted ${agoWords(bounds, ctx.now)}` : '';
        return sponsoredEv(s, `; names ${s.rivals.join(', ')}${ago}`);
      });
  if (!recent.length && maybe.length) {
    const rows = [ref(T['partnership.conflict.fail']), ref(T['partnership.conflict.days'])];
    return signal({ ...base, value: null }, { verdict: 'insufficient', thresholds: rows }, () => ({
      message: `${maybeWords(maybe, days, ctx.now)}${undated ? ` Also, ${undatedWords(undated)}.` : ''}`,
      evidence: evidence(),
    }));
  }
  return signal({ ...base, value: recent.length }, judgeConflict(recent.length, T), () => ({
    message: recent.length
      ? `${counted(recent.length, 'sponsored post')} for ${rivalNames(recent)} in the last ${days} days.`
      : `No sponsored post for a competitor in the last ${days} days among ${f.sponsored.length} sponsored posts read` +
        (undated ? ` (${undatedWords(undated)}).` : '.'),
    evidence: evidence(),
  }));
}

const rivalNames = (list: readonly Sponsored[]) =>
  [...new Set(list.flatMap((s) => s.rivals))].join(', ');
const undatedWords = (n: number) =>
  n === 1
    ? '1 undated one names a competitor: check its date'
    : `${n} undated ones name a competitor: check their dates`;

/** Posts that may or may not fall in the window: which, and the range their dates allow. */
function maybeWords(maybe: readonly Sponsored[], days: number, now: number): string {
  const bounds = maybe.map((s) => postedBounds(s.view)!);
  const all: [number, number] = [
    Math.min(...bounds.map((b) => b[0])),
    Math.max(...bounds.map((b) => b[1])),
  ];
  const one = maybe.length === 1;
  return (
    `${counted(maybe.length, 'sponsored post')} for ${rivalNames(maybe)} ${one ? 'was' : 'were'} posted ${agoWords(all, now)}, ` +
    `given how ${one ? 'its date is' : 'their dates are'} shown: too roughly to tell whether ${one ? 'it falls' : 'they fall'} ` +
    `in the last ${days} days. Check ${one ? 'its date on the post' : 'their dates on the posts'}.`
  );
}

import type { RiskLevel, Signal } from '../shared/score';
import { holds } from './compare';
import { isFraudSignal, judgeAll, type Judged } from './judgement';
import { SIGNAL, type SignalId } from './signal-ids';
import type { Thresholds } from './thresholds';

/**
 * Risk from the fraud signals ("multi-signal validation", 000), read from the same judgement as
 * the verdict: high on a red flag its sample supports, medium on any warning or thin red flag,
 * low only when enough signals were judged clean, else unknown. The reasons are the ids of the
 * signals that decided it; an unknown risk names none (nothing decided it).
 */
export function riskOf(
  signals: readonly Signal[],
  T: Thresholds,
): { risk: RiskLevel; reasons: string[] } {
  const fraud = [...judgeAll(signals, T).values()].filter((j) => isFraudSignal(j.signal.id));
  const ids = (list: Judged[]) => list.map((j) => j.signal.id);
  const red = fraud.filter((j) => j.standing === 'redFlag');
  const concerns = fraud.filter((j) => j.standing === 'concern' || j.standing === 'thin');
  if (red.length > 0 && holds(red.length, T['risk.high.fails'])) {
    return { risk: 'high', reasons: ids([...red, ...concerns]) };
  }
  if (red.length > 0 || concerns.length > 0) {
    return { risk: 'medium', reasons: ids([...red, ...concerns]) };
  }
  const clear = fraud.filter((j) => j.standing === 'clear');
  if (holds(clear.length, T['risk.low.minJudged'])) return { risk: 'low', reasons: ids(clear) };
  return { risk: 'unknown', reasons: [] };
}

const find = (signals: readonly Signal[], id: SignalId) => signals.find((s) => s.id === id);

/** One sentence on fit, built from the fit signals' own messages (each traceable by id). */
export function fitSummaryOf(signals: readonly Signal[]): string {
  const niche = find(signals, SIGNAL.nicheFit);
  if (!niche || niche.verdict === 'insufficient') {
    // "No niche fit yet: set brand keywords … [niche-fit]": the words first, the trace last, as
    // below; "(niche-fit):" read "No niche fit yet (Niche fit): Set …" once labelled.
    const why = niche?.message ?? 'Set a brand profile in the options.';
    return `No niche fit yet: ${why.charAt(0).toLowerCase()}${why.slice(1)} [${SIGNAL.nicheFit}]`;
  }
  const parts = [`${niche.message} [${SIGNAL.nicheFit}]`];
  for (const id of [SIGNAL.nicheEngagement, SIGNAL.targetMarket, SIGNAL.targetLanguage] as const) {
    const s = find(signals, id);
    if (s && s.verdict !== 'insufficient') parts.push(`${s.message} [${id}]`);
  }
  return parts.join(' ');
}

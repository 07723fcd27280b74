import type { RiskLevel, Signal } from '../shared/score';
import { holds } from './judge';
import { RISK_SIGNALS, SIGNAL, type SignalId } from './signal-ids';
import type { Thresholds } from './thresholds';

/**
 * Risk from the fraud signals ("multi-signal validation", 000): high on a failed signal or
 * several warnings, medium on any warning, low only when enough signals were judged clean.
 * The reasons are the ids of the signals that decided it.
 */
export function riskOf(
  signals: readonly Signal[],
  T: Thresholds,
): { risk: RiskLevel; reasons: string[] } {
  const fraud = signals.filter((s) => (RISK_SIGNALS as readonly string[]).includes(s.id));
  const fails = fraud.filter((s) => s.verdict === 'fail').map((s) => s.id);
  const warns = fraud.filter((s) => s.verdict === 'warn').map((s) => s.id);
  const judged = fraud.filter((s) => s.verdict !== 'insufficient').map((s) => s.id);
  if (holds(fails.length, T['risk.high.fails']) || holds(warns.length, T['risk.high.warns'])) {
    return { risk: 'high', reasons: [...fails, ...warns] };
  }
  if (warns.length > 0) return { risk: 'medium', reasons: warns };
  if (holds(judged.length, T['risk.low.minJudged'])) return { risk: 'low', reasons: judged };
  return { risk: 'unknown', reasons: judged };
}

const find = (signals: readonly Signal[], id: SignalId) => signals.find((s) => s.id === id);

/** One sentence on fit, built from the fit signals' own messages (each traceable by id). */
export function fitSummaryOf(signals: readonly Signal[]): string {
  const niche = find(signals, SIGNAL.nicheFit);
  if (!niche || niche.verdict === 'insufficient') {
    return `No niche fit yet (${SIGNAL.nicheFit}): ${niche?.message ?? 'set a brand profile in the options.'}`;
  }
  const parts = [`${niche.message} [${SIGNAL.nicheFit}]`];
  for (const id of [SIGNAL.nicheEngagement, SIGNAL.targetMarket, SIGNAL.targetLanguage] as const) {
    const s = find(signals, id);
    if (s && s.verdict !== 'insufficient') parts.push(`${s.message} [${id}]`);
  }
  return parts.join(' ');
}

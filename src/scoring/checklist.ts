import type { CreatorScore, Signal } from '../shared/score';
import type { ChecklistItemId, ManualEntries } from '../shared/vetting';
import { SIGNAL, type SignalId } from './signal-ids';

export interface ChecklistResult {
  state: 'pass' | 'fail' | 'unknown';
  reason: string;
  signalIds: string[];
}

/** The seed's Quick Vetting Checklist (000), each item answered from the signals behind it. */
const ITEMS: Record<ChecklistItemId, { signals: SignalId[]; none: string }> = {
  countryMix: {
    signals: [SIGNAL.targetMarket, SIGNAL.audienceCountry],
    none: "Enter the audience country mix (creator's insights) and the brand's target countries.",
  },
  engagementQuality: {
    signals: [
      SIGNAL.engagementQuality,
      SIGNAL.repeatCommenters,
      SIGNAL.engagementTiming,
      SIGNAL.commentsPerLikes,
    ],
    none: 'Open a few posts so their comments are read.',
  },
  partnerships: {
    signals: [SIGNAL.partnerships],
    none: 'No disclosed partnership (#ad, #sponsored, "paid partnership") in the visible posts.',
  },
  consistency: { signals: [SIGNAL.consistency], none: 'Not enough dated posts.' },
  storyViews: {
    signals: [SIGNAL.storyViews],
    none: 'Enter the story views from a screenshot of the insights.',
  },
};

/**
 * Any failed signal fails the item; a warning leaves it to the marketer (unknown, with the
 * reason); passes without warnings pass. `manual` is accepted for items that later read
 * entries directly; today every manual figure already reaches the item through its signal.
 */
export function evaluateChecklist(
  score: CreatorScore,
  _manual?: ManualEntries,
): Record<ChecklistItemId, ChecklistResult> {
  const out = {} as Record<ChecklistItemId, ChecklistResult>;
  for (const [item, spec] of Object.entries(ITEMS) as [
    ChecklistItemId,
    (typeof ITEMS)[ChecklistItemId],
  ][]) {
    const signals = spec.signals
      .map((id) => score?.signals?.find((s) => s.id === id))
      .filter((s): s is Signal => !!s);
    out[item] = decide(signals, spec.none);
  }
  return out;
}

function decide(signals: Signal[], none: string): ChecklistResult {
  const judged = signals.filter((s) => s.verdict !== 'insufficient');
  const pick = (v: Signal['verdict']) => judged.filter((s) => s.verdict === v);
  const say = (list: Signal[]) => list.map((s) => s.message).join(' ');
  const ids = (list: Signal[]) => list.map((s) => s.id);
  const fails = pick('fail'),
    warns = pick('warn');
  if (fails.length) return { state: 'fail', reason: say(fails), signalIds: ids(fails) };
  if (warns.length)
    return {
      state: 'unknown',
      reason: `Needs your judgement: ${say(warns)}`,
      signalIds: ids(warns),
    };
  if (judged.length) return { state: 'pass', reason: say(judged), signalIds: ids(judged) };
  // Evidence without a verdict (e.g. partnerships found, likes hidden) still says something.
  const withEvidence = signals.filter((s) => s.sampleSize > 0);
  const reason = withEvidence.length ? say(withEvidence) : none;
  return { state: 'unknown', reason, signalIds: ids(signals) };
}

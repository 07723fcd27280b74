import type { CreatorScore, Signal } from '../../shared/score';
import { ChecklistItemId } from '../../shared/vetting';
import { SIGNAL } from '../../scoring/signal-ids';
import type { AutoCheck } from '../components/ChecklistRow';

/** Which signals answer each of the seed's five checks (000, "Quick Vetting Checklist"). */
export const CHECK_SIGNALS: Record<ChecklistItemId, readonly string[]> = {
  countryMix: [SIGNAL.audienceCountry, SIGNAL.targetMarket, SIGNAL.audienceLanguage],
  engagementQuality: [
    SIGNAL.engagementQuality,
    SIGNAL.repeatCommenters,
    SIGNAL.commentsPerLikes,
    SIGNAL.engagementTiming,
  ],
  partnerships: [SIGNAL.partnerships],
  consistency: [SIGNAL.consistency],
  storyViews: [SIGNAL.storyViews],
};

/**
 * The automatic answer to one check: fail when any of its signals fails, pass when every
 * signal with data passes, unknown otherwise (no data, or only warnings: a person decides).
 */
export function autoCheck(item: ChecklistItemId, signals: readonly Signal[]): AutoCheck {
  const relevant = signals.filter(
    (s) => CHECK_SIGNALS[item].includes(s.id) && s.verdict !== 'insufficient',
  );
  const signalIds = relevant.map((s) => s.id);
  if (relevant.some((s) => s.verdict === 'fail')) return { state: 'fail', signalIds };
  if (relevant.length > 0 && relevant.every((s) => s.verdict === 'pass'))
    return { state: 'pass', signalIds };
  return { state: 'unknown', signalIds };
}

export function autoChecklist(score: CreatorScore | null): Record<ChecklistItemId, AutoCheck> {
  const signals = score?.signals ?? [];
  return Object.fromEntries(
    ChecklistItemId.options.map((item) => [item, autoCheck(item, signals)]),
  ) as Record<ChecklistItemId, AutoCheck>;
}

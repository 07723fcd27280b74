import type { CreatorScore } from '../../shared/score';
import { ChecklistItemId, type ManualEntries } from '../../shared/vetting';
import { evaluateChecklist } from '../../scoring/checklist';
import type { AutoCheck } from '../components/ChecklistRow';

/**
 * The automatic answers to the sales guide's five checks (seed 000) (scoring decides them from the signals);
 * before any score exists every item is unknown and waits for data or the marketer.
 */
export function autoChecklist(
  score: CreatorScore | null,
  manual: ManualEntries,
): Record<ChecklistItemId, AutoCheck> {
  if (score) return evaluateChecklist(score, manual);
  const unknown = (): AutoCheck => ({ state: 'unknown', reason: '', signalIds: [] });
  return Object.fromEntries(ChecklistItemId.options.map((item) => [item, unknown()])) as Record<
    ChecklistItemId,
    AutoCheck
  >;
}

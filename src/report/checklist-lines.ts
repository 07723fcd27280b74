import type { ChecklistState } from '../shared/creator';
import type { Platform } from '../shared/model';
import type { CreatorScore } from '../shared/score';
import { ChecklistItemId } from '../shared/vetting';
import { checklistItems, evaluateChecklist } from '../scoring/checklist';

export type CheckState = 'pass' | 'fail' | 'unknown';

/** One checklist item as a report or a spreadsheet states it: what holds, and who said so. */
export interface ChecklistLine {
  item: ChecklistItemId;
  /** The item in the platform's own words. */
  label: string;
  /** The state in force: the marketer's decision when there is one, else the automatic one. */
  state: CheckState;
  decidedBy: 'automatic' | 'marketer';
  /** What the data says, whatever the marketer decided. */
  autoState: CheckState;
  /** Why the automatic state (scoring's words); empty before any score. */
  reason: string;
  note: string;
}

/**
 * The seed's five checks for one creator, in the popup's order, answered as the popup answers
 * them: the marketer's state when set, otherwise the state scoring derives from the signals.
 */
export function checklistLines(
  score: CreatorScore | null,
  checklist: ChecklistState | null,
  platform: Platform,
): ChecklistLine[] {
  const auto = score ? evaluateChecklist(score) : null;
  const specs = checklistItems(score?.platform ?? platform);
  return ChecklistItemId.options.map((item) => {
    const decided = checklist?.overrides[item];
    const autoState = auto?.[item].state ?? 'unknown';
    return {
      item,
      label: auto?.[item].label ?? specs[item].label,
      state: decided?.state ?? autoState,
      decidedBy: decided?.state ? 'marketer' : 'automatic',
      autoState,
      reason: auto?.[item].reason ?? '',
      note: decided?.note ?? '',
    };
  });
}

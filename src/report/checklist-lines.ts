import type { ChecklistState } from '../shared/creator';
import type { Platform } from '../shared/model';
import type { CreatorScore } from '../shared/score';
import { ChecklistItemId } from '../shared/vetting';
import { checklistFrom } from '../scoring/checklist';
import { judgeAll } from '../scoring/judgement';
import { DEFAULT_THRESHOLDS } from '../scoring/thresholds';

type CheckState = 'pass' | 'fail' | 'unknown';

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
 * The sales guide's five checks (seed 000) for one creator, in the popup's order, answered as the popup answers
 * them: the marketer's state when set, otherwise the state scoring derives from the signals.
 * It reads only what a CSV carries (each signal's verdict, the creator's platform and the
 * marketer's states), so the CSV's "(in force)" columns come out the same after an import.
 */
export function checklistLines(
  score: CreatorScore | null,
  checklist: ChecklistState | null,
  platform: Platform,
): ChecklistLine[] {
  // One signal per id, the first (as the CSV writes it): a malformed record cannot differ.
  const signals = (score?.signals ?? []).filter(
    (s, i, all) => all.findIndex((o) => o.id === s.id) === i,
  );
  const auto = checklistFrom(judgeAll(signals, DEFAULT_THRESHOLDS), platform);
  return ChecklistItemId.options.map((item) => {
    const decided = checklist?.overrides[item];
    const autoState = score ? auto[item].state : 'unknown';
    return {
      item,
      label: auto[item].label,
      state: decided?.state ?? autoState,
      decidedBy: decided?.state ? 'marketer' : 'automatic',
      autoState,
      reason: score ? auto[item].reason : '',
      note: decided?.note ?? '',
    };
  });
}

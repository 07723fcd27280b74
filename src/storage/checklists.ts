import { ChecklistState } from '../shared/creator';
import { ManualEntries } from '../shared/vetting';
import type { VettingDb } from './open';

/** A creator's checklist as stored, or an empty one when none is stored or it no longer reads. */
function checklistOf(creatorId: string, raw: unknown): ChecklistState {
  const stored = ChecklistState.safeParse(raw);
  if (stored.success) return stored.data;
  return {
    creatorId,
    manual: ManualEntries.parse({}),
    overrides: {},
    updatedAt: new Date(0).toISOString(),
  };
}

export async function getChecklist(db: VettingDb, creatorId: string): Promise<ChecklistState> {
  return checklistOf(creatorId, await db.get('checklists', creatorId));
}

/**
 * Changes one creator's checklist as stored now, read and written in one transaction, so
 * an override set in one popup and manual figures typed in another never undo each other.
 */
export async function patchChecklist(
  db: VettingDb,
  creatorId: string,
  change: (stored: ChecklistState) => ChecklistState,
): Promise<ChecklistState> {
  const tx = db.transaction('checklists', 'readwrite');
  const next = ChecklistState.parse(change(checklistOf(creatorId, await tx.store.get(creatorId))));
  await Promise.all([tx.store.put(next), tx.done]);
  return next;
}

export async function putChecklist(db: VettingDb, state: ChecklistState): Promise<void> {
  await db.put('checklists', ChecklistState.parse(state));
}

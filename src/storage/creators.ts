import { ChecklistState, type CreatorRecord, type ShortlistEntry } from '../shared/creator';
import { ManualEntries, Settings } from '../shared/vetting';
import type { VettingDb } from './open';
import { joinRecord, splitRecord } from './split-record';

/** One creator with posts, comments and full evidence (the popup's read). */
export async function getCreator(db: VettingDb, id: string): Promise<CreatorRecord | null> {
  const tx = db.transaction(['creators', 'details']);
  const [light, detail] = await Promise.all([
    tx.objectStore('creators').get(id),
    tx.objectStore('details').get(id),
  ]);
  return light ? joinRecord(light, detail) : null;
}

export async function putCreator(db: VettingDb, record: CreatorRecord): Promise<void> {
  const { light, detail } = splitRecord(record);
  const tx = db.transaction(['creators', 'details'], 'readwrite');
  await Promise.all([
    tx.objectStore('creators').put(light),
    tx.objectStore('details').put(detail),
    tx.done,
  ]);
}

/**
 * Stores the record unless one is already stored (the popup saving what it holds before the
 * worker did): checked in the same transaction, so a stored reading is never replaced.
 */
export async function addCreatorIfAbsent(db: VettingDb, record: CreatorRecord): Promise<void> {
  const { light, detail } = splitRecord(record);
  const tx = db.transaction(['creators', 'details'], 'readwrite');
  if ((await tx.objectStore('creators').count(record.id)) === 0) {
    void tx.objectStore('creators').put(light);
    void tx.objectStore('details').put(detail);
  }
  await tx.done;
}

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

export async function getSettings(db: VettingDb): Promise<Settings> {
  const parsed = Settings.safeParse((await db.get('settings', 'settings')) ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function putSettings(db: VettingDb, settings: Settings): Promise<void> {
  await db.put('settings', Settings.parse(settings), 'settings');
}

/** Changes the settings as stored now (one transaction): two option tabs never undo each other. */
export async function patchSettings(
  db: VettingDb,
  change: (stored: Settings) => Settings,
): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const parsed = Settings.safeParse((await tx.store.get('settings')) ?? {});
  const next = Settings.parse(change(parsed.success ? parsed.data : Settings.parse({})));
  await Promise.all([tx.store.put(next, 'settings'), tx.done]);
  return next;
}

export async function getShortlistEntry(
  db: VettingDb,
  creatorId: string,
): Promise<ShortlistEntry | null> {
  return (await db.get('shortlist', creatorId)) ?? null;
}

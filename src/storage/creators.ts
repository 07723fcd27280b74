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

export async function getChecklist(db: VettingDb, creatorId: string): Promise<ChecklistState> {
  const stored = ChecklistState.safeParse(await db.get('checklists', creatorId));
  if (stored.success) return stored.data;
  return {
    creatorId,
    manual: ManualEntries.parse({}),
    overrides: {},
    updatedAt: new Date(0).toISOString(),
  };
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

export async function getShortlistEntry(
  db: VettingDb,
  creatorId: string,
): Promise<ShortlistEntry | null> {
  return (await db.get('shortlist', creatorId)) ?? null;
}

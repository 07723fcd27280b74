import type { IDBPTransaction } from 'idb';
import type { ChecklistState, CreatorRecord, ReadingRow } from '../shared/creator';
import { ManualEntries, Settings } from '../shared/vetting';
import type { VettingDb } from './open';
import type { VettingSchema } from './schema';
import { joinRecord, splitRecord } from './split-record';

type ScoringStores = ['creators', 'details', 'readings', 'checklists', 'settings'];
export type ScoringTx = IDBPTransaction<VettingSchema, ScoringStores, 'readwrite'>;

/** One readwrite transaction over everything a score reads and writes. */
export function scoringTransaction(db: VettingDb): ScoringTx {
  return db.transaction(['creators', 'details', 'readings', 'checklists', 'settings'], 'readwrite');
}

export interface ScoringInputs {
  stored: CreatorRecord | undefined;
  history: ReadingRow[];
  manual: ManualEntries;
  /** The marketer's checklist overrides: they move the verdict. */
  overrides: ChecklistState['overrides'];
  settings: Settings;
}

/** What scoring one creator needs, read inside the caller's transaction. */
export async function readScoringInputs(tx: ScoringTx, id: string): Promise<ScoringInputs> {
  const range = IDBKeyRange.bound([id, ''], [id, '\uffff']);
  // Only IndexedDB requests are awaited inside the transaction (it auto-commits otherwise).
  const [light, detail, history, checklist, rawSettings] = await Promise.all([
    tx.objectStore('creators').get(id),
    tx.objectStore('details').get(id),
    tx.objectStore('readings').index('byCreator').getAll(range),
    tx.objectStore('checklists').get(id),
    tx.objectStore('settings').get('settings'),
  ]);
  const settings = Settings.safeParse(rawSettings ?? {});
  return {
    stored: light && joinRecord(light, detail),
    history,
    manual: checklist?.manual ?? ManualEntries.parse({}),
    overrides: checklist?.overrides ?? {},
    settings: settings.success ? settings.data : Settings.parse({}),
  };
}

/** Writes both halves of the record and waits for the transaction to commit. */
export async function writeScored(tx: ScoringTx, record: CreatorRecord): Promise<void> {
  const halves = splitRecord(record);
  await Promise.all([
    tx.objectStore('creators').put(halves.light),
    tx.objectStore('details').put(halves.detail),
    tx.done,
  ]);
}

import type { ChecklistState, CreatorRecord, SnapshotRow } from '../shared/creator';
import type { PageSnapshot } from '../shared/model';
import type { CreatorScore } from '../shared/score';
import { ManualEntries, Settings } from '../shared/vetting';
import { mergeSnapshot, snapshotRow } from './merge-snapshot';
import type { VettingDb } from './open';
import { joinRecord, splitRecord } from './split-record';

/** Re-reads of the same page within this window update the visit instead of adding one. */
const SAME_VISIT_MS = 10 * 60 * 1000;

/**
 * Scores a creator. `record.score` is still the previously stored score, so the scorer can say
 * how the verdict changed; `cause` says what moved it (a page reading or the marketer's entry).
 */
export type Scorer = (
  input: {
    record: CreatorRecord;
    snapshots: SnapshotRow[];
    manual: ManualEntries;
    overrides?: ChecklistState['overrides'];
  },
  settings: Settings,
  now: Date,
  cause?: 'reading' | 'entry',
) => CreatorScore | null;

export function manualOf(checklist: ChecklistState | undefined): ManualEntries {
  return checklist?.manual ?? ManualEntries.parse({});
}

/**
 * Stores one page reading: merges it into the creator, adds (or refreshes) the visit row,
 * and rescores, all in one transaction so a stopped service worker leaves no half-write.
 */
export async function recordVisit(
  db: VettingDb,
  snap: PageSnapshot,
  score: Scorer,
): Promise<string> {
  const tx = db.transaction(
    ['creators', 'details', 'snapshots', 'checklists', 'settings'],
    'readwrite',
  );
  const probe = mergeSnapshot(undefined, snap);
  const range = IDBKeyRange.bound([probe.id, ''], [probe.id, '\uffff']);
  // Only IndexedDB requests are awaited inside the transaction (it auto-commits otherwise).
  const [light, detail, history, checklist, rawSettings] = await Promise.all([
    tx.objectStore('creators').get(probe.id),
    tx.objectStore('details').get(probe.id),
    tx.objectStore('snapshots').index('byCreator').getAll(range),
    tx.objectStore('checklists').get(probe.id),
    tx.objectStore('settings').get('settings'),
  ]);
  const record = mergeSnapshot(light && joinRecord(light, detail), snap);
  const row = snapshotRow(snap, record.id);
  const last = history.at(-1);
  if (row) {
    const sameVisit =
      last?.url === row.url &&
      Date.parse(row.capturedAt) - Date.parse(last.capturedAt) < SAME_VISIT_MS;
    if (sameVisit) row.id = last.id;
    await tx.objectStore('snapshots').put(row);
    if (sameVisit) history[history.length - 1] = row;
    else history.push(row);
  }
  const settings = Settings.safeParse(rawSettings ?? {});
  record.score = score(
    { record, snapshots: history, manual: manualOf(checklist), overrides: checklist?.overrides },
    settings.success ? settings.data : Settings.parse({}),
    new Date(snap.capturedAt),
    'reading',
  );
  const halves = splitRecord(record);
  await Promise.all([
    tx.objectStore('creators').put(halves.light),
    tx.objectStore('details').put(halves.detail),
    tx.done,
  ]);
  return record.id;
}

export async function listVisits(db: VettingDb, creatorId: string): Promise<SnapshotRow[]> {
  const range = IDBKeyRange.bound([creatorId, ''], [creatorId, '\uffff']);
  return db.getAllFromIndex('snapshots', 'byCreator', range);
}

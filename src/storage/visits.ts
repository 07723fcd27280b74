import type { ChecklistState, CreatorRecord, SnapshotRow } from '../shared/creator';
import type { PageSnapshot } from '../shared/model';
import type { CreatorScore } from '../shared/score';
import type { ManualEntries, Settings } from '../shared/vetting';
import { mergeSnapshot, snapshotRow } from './merge-snapshot';
import { announceChange } from './change-feed';
import type { VettingDb } from './open';
import { readScoringInputs, scoringTransaction, writeScored } from './score-inputs';

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

/**
 * Stores one page reading: merges it into the creator, adds (or refreshes) the visit row,
 * and rescores, all in one transaction so a stopped service worker leaves no half-write.
 */
export async function recordVisit(
  db: VettingDb,
  snap: PageSnapshot,
  score: Scorer,
): Promise<string> {
  const tx = scoringTransaction(db);
  const probe = mergeSnapshot(undefined, snap);
  const { stored, history, manual, overrides, settings } = await readScoringInputs(tx, probe.id);
  const record = mergeSnapshot(stored, snap);
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
  record.score = score(
    { record, snapshots: history, manual, overrides },
    settings,
    new Date(snap.capturedAt),
    'reading',
  );
  await writeScored(tx, record);
  announceChange([record.id]);
  return record.id;
}

export async function listVisits(db: VettingDb, creatorId: string): Promise<SnapshotRow[]> {
  const range = IDBKeyRange.bound([creatorId, ''], [creatorId, '\uffff']);
  return db.getAllFromIndex('snapshots', 'byCreator', range);
}

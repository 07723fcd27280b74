import type { ChecklistState, CreatorRecord, ReadingRow } from '../shared/creator';
import type { PageReading } from '../shared/model';
import type { CreatorScore } from '../shared/score';
import type { ManualEntries, Settings } from '../shared/vetting';
import { mergePosts, mergeReading, readingRow } from './merge-reading';
import { patchPosts } from './patch-posts';
import { announceChange } from './change-feed';
import type { VettingDb } from './open';
import { readScoringInputs, scoringTransaction, writeScored } from './score-inputs';

/** Re-reads of the same page within this window update its row instead of adding one. */
const SAME_READING_MS = 10 * 60 * 1000;

/**
 * Scores a creator. `record.score` is still the previously stored score, so the scorer can say
 * how the verdict changed; `cause` says what moved it (a page reading or the marketer's entry).
 */
export type Scorer = (
  input: {
    record: CreatorRecord;
    readings: ReadingRow[];
    manual: ManualEntries;
    overrides?: ChecklistState['overrides'];
  },
  settings: Settings,
  now: Date,
  cause?: 'reading' | 'entry',
) => CreatorScore | null;

/**
 * Stores one page reading: merges it into the creator, adds (or refreshes) its reading row,
 * and rescores, all in one transaction so a stopped service worker leaves no half-write.
 * A patch (only what changed since the last send from the page) needs a stored record to
 * apply to: without one (deleted meanwhile) nothing is written and the answer is null.
 */
export function recordReading(db: VettingDb, snap: PageReading, score: Scorer): Promise<string> {
  return storeMerged(db, snap, score, false) as Promise<string>;
}

export function recordPatch(db: VettingDb, snap: PageReading, score: Scorer) {
  return storeMerged(db, snap, score, true);
}

async function storeMerged(
  db: VettingDb,
  snap: PageReading,
  score: Scorer,
  patch: boolean,
): Promise<string | null> {
  const tx = scoringTransaction(db);
  const probe = mergeReading(undefined, snap);
  const { stored, history, manual, overrides, settings } = await readScoringInputs(tx, probe.id);
  if (patch && !stored) return null;
  const record = mergeReading(stored, snap, patch ? patchPosts : mergePosts);
  const row = readingRow(snap, record.id);
  const last = history.at(-1);
  if (row) {
    const sameReading =
      last?.url === row.url &&
      Date.parse(row.capturedAt) - Date.parse(last.capturedAt) < SAME_READING_MS;
    if (sameReading) row.id = last.id;
    await tx.objectStore('readings').put(row);
    if (sameReading) history[history.length - 1] = row;
    else history.push(row);
  }
  record.score = score(
    { record, readings: history, manual, overrides },
    settings,
    new Date(snap.capturedAt),
    'reading',
  );
  await writeScored(tx, record);
  announceChange([record.id]);
  return record.id;
}

export async function listReadings(db: VettingDb, creatorId: string): Promise<ReadingRow[]> {
  const range = IDBKeyRange.bound([creatorId, ''], [creatorId, '\uffff']);
  return db.getAllFromIndex('readings', 'byCreator', range);
}

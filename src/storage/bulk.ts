import { ChecklistState, ShortlistEntry, ReadingRow } from '../shared/creator';
import { ShortlistRow } from '../shared/shortlist-row';
import type { IDBPTransaction } from 'idb';
import { announceChange } from './change-feed';
import type { VettingDb } from './open';
import type { VettingSchema } from './schema';
import {
  HEAD_KEY,
  INDEX_KEY,
  mergeIntoIndex,
  summarize,
  type ShortlistSummary,
} from './shortlist-index';
import { splitRecord } from './split-record';

/** Bulk writes for import and bulk edits. Each call is one IndexedDB transaction. */

export interface SaveRowsOptions {
  /** Follower history to add (from a JSON backup); rows already stored for that time are kept. */
  readings?: readonly ReadingRow[];
  /**
   * When an incoming record has no posts and no follower sample (a CSV carries neither), keep
   * the stored ones rather than erase them. Everything the file does carry replaces what is stored.
   */
  keepStoredDetails?: boolean;
  /**
   * The rows are zod's output already (the CSV reader and the backup parser validate every
   * row): skip validating them again, which is about half the time of a 10,000-row import.
   */
  alreadyValid?: boolean;
}

/**
 * Saves creators, their checklists and shortlist entries all-or-nothing, in ONE transaction
 * over the stores involved: each row is validated just before it is written (so 10,000 heavy
 * rows are never held twice in memory), and an invalid row or a failed write aborts the
 * transaction, leaving the database as it was. A row without a checklist removes a stored
 * one, so the database then holds exactly what the file says. The shortlist index is updated
 * in the same transaction, so the page opens fast after an import.
 */
export async function saveShortlistRows(
  db: VettingDb,
  rows: readonly ShortlistRow[],
  options: SaveRowsOptions = {},
): Promise<void> {
  const readings = (options.readings ?? []).map((s) => ReadingRow.parse(s));
  const stores = [
    'creators',
    'details',
    'checklists',
    'shortlist',
    'readings',
    'settings',
    'campaigns',
  ] as const;
  const tx = db.transaction(stores, 'readwrite');
  // Every request is awaited at the end; a failure is caught at once too, since later awaits
  // (the index read) would otherwise leave it unhandled until then.
  const pending: Promise<unknown>[] = [];
  const track = (request: Promise<unknown>) => {
    request.catch(() => undefined);
    pending.push(request);
  };
  track(tx.done);
  const summaries: ShortlistSummary[] = [];
  const write = async () => {
    const wasEmpty = (await tx.objectStore('shortlist').count()) === 0;
    for (const input of rows) {
      const row = options.alreadyValid ? input : ShortlistRow.parse(input);
      const { light, detail } = splitRecord(row.record);
      const stored = options.keepStoredDetails
        ? await tx.objectStore('details').get(row.record.id)
        : undefined;
      const bare = detail.posts.length === 0 && detail.followersSample.length === 0;
      const kept = stored && bare ? { ...stored, score: detail.score } : detail;
      track(tx.objectStore('creators').put(light));
      track(tx.objectStore('details').put(kept));
      if (row.checklist) track(tx.objectStore('checklists').put(row.checklist));
      else track(tx.objectStore('checklists').delete(row.record.id));
      track(tx.objectStore('shortlist').put(row.entry));
      // Costs and results imported from the CSV's Campaign columns; a row without them
      // leaves a stored campaign alone rather than erasing the marketer's figures.
      if (row.campaign) track(tx.objectStore('campaigns').put(row.campaign));
      summaries.push(summarize(light, row.entry));
    }
    await addReadings(tx, readings, track);
    const index = await tx.objectStore('settings').get(INDEX_KEY);
    const merged = mergeIntoIndex(index, summaries, wasEmpty);
    if (merged !== null) {
      track(tx.objectStore('settings').put(merged.full, INDEX_KEY));
      track(tx.objectStore('settings').put(merged.head, HEAD_KEY));
    }
  };
  try {
    await write();
    await Promise.all(pending);
    announceChange(rows.map((r) => r.record.id));
  } catch (error) {
    tryAbort(tx);
    throw error;
  }
}

type SaveTx = IDBPTransaction<
  VettingSchema,
  ['creators', 'details', 'checklists', 'shortlist', 'readings', 'settings', 'campaigns'],
  'readwrite'
>;

/** Follower history from a backup; a visit already stored for that time is kept. */
async function addReadings(
  tx: SaveTx,
  readings: ReadingRow[],
  track: (request: Promise<unknown>) => void,
) {
  const history = tx.objectStore('readings').index('byCreator');
  for (const reading of readings) {
    const key: [string, string] = [reading.creatorId, reading.capturedAt];
    if ((await history.count(key)) > 0) continue;
    const fresh = { ...reading };
    delete fresh.id; // a new key here: ids from another profile could clash
    track(tx.objectStore('readings').add(fresh));
  }
}

function tryAbort(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failed request, or already finished: nothing left to undo.
  }
}

/**
 * Applies `edit` to each listed entry, reading and writing in one transaction so an edit
 * made meanwhile in the popup is not overwritten by a stale copy. Returns the entries it
 * changed, as stored (ids no longer on the shortlist, and entries the edit left as they
 * were, are skipped).
 */
export async function editShortlistEntries(
  db: VettingDb,
  ids: readonly string[],
  edit: (entry: ShortlistEntry) => ShortlistEntry,
): Promise<ShortlistEntry[]> {
  const tx = db.transaction('shortlist', 'readwrite');
  const updated: ShortlistEntry[] = [];
  const writes: Promise<unknown>[] = [];
  const stored = await Promise.all(ids.map((id) => tx.store.get(id)));
  for (const entry of stored) {
    if (!entry) continue;
    const next = edit(entry);
    if (next === entry) continue;
    writes.push(tx.store.put(ShortlistEntry.parse(next)));
    updated.push(next);
  }
  await Promise.all([...writes, tx.done]);
  if (updated.length > 0) announceChange(updated.map((e) => e.creatorId));
  return updated;
}

/** Every checklist by creator id, in one read (export joins them to the light records). */
export async function listChecklists(db: VettingDb): Promise<Map<string, ChecklistState>> {
  const all = await db.getAll('checklists');
  return new Map(all.map((c) => [c.creatorId, c]));
}

/** Every stored creator id, shortlisted or not (an import says which it will overwrite). */
export async function storedCreatorIds(db: VettingDb): Promise<Set<string>> {
  return new Set(await db.getAllKeys('creators'));
}

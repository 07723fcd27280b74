import { announceChange } from './change-feed';
import type { ChecklistState, CreatorRecord, ShortlistEntry, ReadingRow } from '../shared/creator';
import type { NotSamePair, Person } from '../shared/person';
import type { Settings } from '../shared/vetting';
import type { VettingDb } from './open';
import { STORE_NAMES } from './schema';
import { joinRecord, splitRecord } from './split-record';

/**
 * Whole-database operations behind the options page: dump every store for a backup, replace
 * everything with a restored backup, delete everything. Each runs in ONE transaction, so a
 * failure half-way (a bad row, a closed tab, a full disk) leaves the previous data untouched.
 */
export interface StoredEverything {
  creators: CreatorRecord[];
  readings: ReadingRow[];
  checklists: ChecklistState[];
  shortlist: ShortlistEntry[];
  settings: Settings | null;
  campaigns: unknown[];
  cells: unknown[];
  /** Absent in data from before people were linked (version 3). */
  people?: Person[];
  notSame?: NotSamePair[];
}

const ALL = [...STORE_NAMES];

/** Every store as plain values; creators are joined back from their light and detail halves. */
export async function dumpAll(db: VettingDb): Promise<StoredEverything> {
  const tx = db.transaction(ALL);
  const [
    lights,
    details,
    readings,
    checklists,
    shortlist,
    settings,
    campaigns,
    cells,
    people,
    notSame,
  ] = await Promise.all([
    tx.objectStore('creators').getAll(),
    tx.objectStore('details').getAll(),
    tx.objectStore('readings').getAll(),
    tx.objectStore('checklists').getAll(),
    tx.objectStore('shortlist').getAll(),
    tx.objectStore('settings').get('settings'),
    tx.objectStore('campaigns').getAll(),
    tx.objectStore('cells').getAll(),
    tx.objectStore('people').getAll(),
    tx.objectStore('notSame').getAll(),
  ]);
  await tx.done;
  const detailOf = new Map(details.map((d) => [d.creatorId, d]));
  return {
    creators: lights.map((light) => joinRecord(light, detailOf.get(light.id))),
    readings,
    checklists,
    shortlist,
    settings: (settings as Settings | undefined) ?? null,
    campaigns,
    cells,
    people,
    notSame,
  };
}

/**
 * Replaces the whole database with `data` (already validated by the caller). If any write
 * fails the transaction aborts and IndexedDB rolls every store back, clears included.
 */
export async function replaceAll(db: VettingDb, data: StoredEverything): Promise<void> {
  const tx = db.transaction(ALL, 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    // put() throws synchronously on a row it cannot key: that must abort too, not auto-commit.
    for (const name of ALL) writes.push(tx.objectStore(name).clear());
    for (const record of data.creators) {
      const { light, detail } = splitRecord(record);
      writes.push(tx.objectStore('creators').put(light), tx.objectStore('details').put(detail));
    }
    for (const row of data.readings) writes.push(tx.objectStore('readings').put(row));
    for (const state of data.checklists) writes.push(tx.objectStore('checklists').put(state));
    for (const entry of data.shortlist) writes.push(tx.objectStore('shortlist').put(entry));
    if (data.settings) writes.push(tx.objectStore('settings').put(data.settings, 'settings'));
    for (const c of data.campaigns) writes.push(tx.objectStore('campaigns').put(c));
    for (const c of data.cells) writes.push(tx.objectStore('cells').put(c));
    for (const p of data.people ?? []) writes.push(tx.objectStore('people').put(p));
    for (const p of data.notSame ?? []) writes.push(tx.objectStore('notSame').put(p));
    await Promise.all([...writes, tx.done]);
    announceChange(null, true);
  } catch (error) {
    abortQuietly(tx);
    // The aborted requests reject too; they are expected, not unhandled.
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failed request.
  }
}

/** Empties every store (the creator records, history, checklists, shortlist, settings, ROI). */
export async function deleteAll(db: VettingDb): Promise<void> {
  const tx = db.transaction(ALL, 'readwrite');
  await Promise.all([...ALL.map((name) => tx.objectStore(name).clear()), tx.done]);
  announceChange(null, true);
}

/** How many rows each store holds, for the confirmation texts. */
export async function countAll(db: VettingDb): Promise<Record<string, number>> {
  const tx = db.transaction(ALL);
  const counts = await Promise.all(ALL.map((name) => tx.objectStore(name).count()));
  return Object.fromEntries(ALL.map((name, i) => [name, counts[i] ?? 0]));
}

/** Every stored creator's id, for "rescore all" after the settings change. */
export async function listCreatorIds(db: VettingDb): Promise<string[]> {
  return db.getAllKeys('creators');
}

import { ShortlistEntry, type CreatorRecord } from '../shared/creator';
import { announceChange } from './change-feed';
import type { VettingDb } from './open';

export interface ShortlistItem {
  record: CreatorRecord;
  entry: ShortlistEntry;
}

/** Saves a creator to the shortlist, or stamps an entry already there (one transaction). */
export async function saveToShortlist(
  db: VettingDb,
  creatorId: string,
  now = new Date(),
): Promise<ShortlistEntry> {
  const tx = db.transaction('shortlist', 'readwrite');
  const existing = await tx.store.get(creatorId);
  const entry = ShortlistEntry.parse(
    existing
      ? { ...existing, updatedAt: now.toISOString() }
      : { creatorId, addedAt: now.toISOString(), updatedAt: now.toISOString() },
  );
  await Promise.all([tx.store.put(entry), tx.done]);
  announceChange([creatorId]);
  return entry;
}

export async function removeFromShortlist(db: VettingDb, creatorId: string): Promise<void> {
  await db.delete('shortlist', creatorId);
  announceChange([creatorId], true);
}

/** Writes whole entries as given (test set-up; the pages edit through editShortlistEntries). */
export async function updateShortlistEntries(
  db: VettingDb,
  entries: ShortlistEntry[],
): Promise<void> {
  const tx = db.transaction('shortlist', 'readwrite');
  await Promise.all([...entries.map((e) => tx.store.put(ShortlistEntry.parse(e))), tx.done]);
  announceChange(entries.map((e) => e.creatorId));
}

export async function removeShortlistEntries(db: VettingDb, ids: string[]): Promise<void> {
  const tx = db.transaction('shortlist', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  announceChange(ids, true);
}

/** Every saved creator with its light record, in two bulk reads (fast at 10,000). */
export async function listShortlist(db: VettingDb): Promise<ShortlistItem[]> {
  const tx = db.transaction(['shortlist', 'creators']);
  const [entries, records] = await Promise.all([
    tx.objectStore('shortlist').getAll(),
    tx.objectStore('creators').getAll(),
  ]);
  const byId = new Map(records.map((r) => [r.id, r]));
  const items: ShortlistItem[] = [];
  for (const entry of entries) {
    const record = byId.get(entry.creatorId);
    if (record) items.push({ record, entry });
  }
  return items;
}

// A plain read, kept where the first paints can reach it without this file's schemas.
export { getShortlistEntry } from './light-read';

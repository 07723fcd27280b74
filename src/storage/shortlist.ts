import { ShortlistEntry, type CreatorRecord } from '../shared/creator';
import type { VettingDb } from './open';

export interface ShortlistItem {
  record: CreatorRecord;
  entry: ShortlistEntry;
}

export async function saveToShortlist(
  db: VettingDb,
  creatorId: string,
  now = new Date(),
): Promise<ShortlistEntry> {
  const existing = await db.get('shortlist', creatorId);
  const entry = ShortlistEntry.parse(
    existing
      ? { ...existing, updatedAt: now.toISOString() }
      : { creatorId, addedAt: now.toISOString(), updatedAt: now.toISOString() },
  );
  await db.put('shortlist', entry);
  return entry;
}

export async function removeFromShortlist(db: VettingDb, creatorId: string): Promise<void> {
  await db.delete('shortlist', creatorId);
}

export async function updateShortlistEntries(
  db: VettingDb,
  entries: ShortlistEntry[],
): Promise<void> {
  const tx = db.transaction('shortlist', 'readwrite');
  await Promise.all([...entries.map((e) => tx.store.put(ShortlistEntry.parse(e))), tx.done]);
}

export async function removeShortlistEntries(db: VettingDb, ids: string[]): Promise<void> {
  const tx = db.transaction('shortlist', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
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

import type { CreatorRecord } from '../shared/creator';
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

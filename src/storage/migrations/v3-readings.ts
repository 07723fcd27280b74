import type { UpgradeDb, UpgradeTx } from './index';

/**
 * Version 3: the store "snapshots" becomes "readings", the project's one word for a page
 * reading. Rows move with their ids (so the key generator continues after the highest) and
 * the index is rebuilt; the old store goes only once every row is in the new one.
 */
export async function migrateToV3(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const readings = db.createObjectStore('readings', { keyPath: 'id', autoIncrement: true });
  readings.createIndex('byCreator', ['creatorId', 'capturedAt']);
  const rows = await tx.objectStore('snapshots').getAll();
  await Promise.all(rows.map((row) => readings.put(row)));
  db.deleteObjectStore('snapshots');
}

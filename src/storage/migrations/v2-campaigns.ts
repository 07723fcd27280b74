import type { IDBPDatabase } from 'idb';
import type { VettingSchema } from '../schema';

/** Version 2: costs and results per creator, and test cells, for the ROI comparison. */
export function migrateToV2(db: IDBPDatabase<VettingSchema>): void {
  db.createObjectStore('campaigns', { keyPath: 'creatorId' });
  db.createObjectStore('cells', { keyPath: 'id' });
}

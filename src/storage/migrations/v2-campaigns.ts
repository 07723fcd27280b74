import type { UpgradeDb } from './index';

/** Version 2: costs and results per creator, and test cells, for the ROI comparison. */
export function migrateToV2(db: UpgradeDb): void {
  db.createObjectStore('campaigns', { keyPath: 'creatorId' });
  db.createObjectStore('cells', { keyPath: 'id' });
}

import type { UpgradeDb } from './index';

/** Version 1: creators (light and detail), one reading per visit (in the store then named "snapshots"), checklist states, the shortlist and settings. */
export function migrateToV1(db: UpgradeDb): void {
  const creators = db.createObjectStore('creators', { keyPath: 'id' });
  creators.createIndex('byLastSeen', 'lastSeen');
  db.createObjectStore('details', { keyPath: 'creatorId' });
  const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
  // Compound index: one creator's history in time order without sorting in memory.
  snapshots.createIndex('byCreator', ['creatorId', 'capturedAt']);
  db.createObjectStore('checklists', { keyPath: 'creatorId' });
  const shortlist = db.createObjectStore('shortlist', { keyPath: 'creatorId' });
  shortlist.createIndex('byStatus', 'status');
  db.createObjectStore('settings');
}

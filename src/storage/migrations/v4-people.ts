import type { UpgradeDb } from './index';

/**
 * Version 4: people behind several accounts (issue 17), found by any of their accounts through
 * a multi-entry index, and the pairs the marketer said are not the same person.
 */
export function migrateToV4(db: UpgradeDb): void {
  const people = db.createObjectStore('people', { keyPath: 'id' });
  people.createIndex('byAccount', 'accounts', { multiEntry: true });
  db.createObjectStore('notSame', { keyPath: 'key' });
}

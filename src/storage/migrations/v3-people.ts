import type { IDBPDatabase } from 'idb';
import type { VettingSchema } from '../schema';

/**
 * Version 3: people behind several accounts (issue 17), found by any of their accounts through
 * a multi-entry index, and the pairs the marketer said are not the same person.
 */
export function migrateToV3(db: IDBPDatabase<VettingSchema>): void {
  const people = db.createObjectStore('people', { keyPath: 'id' });
  people.createIndex('byAccount', 'accounts', { multiEntry: true });
  db.createObjectStore('notSame', { keyPath: 'key' });
}

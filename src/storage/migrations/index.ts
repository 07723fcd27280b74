import type { IDBPDatabase } from 'idb';
import type { VettingSchema } from '../schema';
import { migrateToV1 } from './v1-initial';
import { migrateToV2 } from './v2-campaigns';
import { migrateToV3 } from './v3-people';

/**
 * Numbered upgrades, one per file (as Bitwarden does). Entry i upgrades to version i + 1.
 * Never edit a shipped step: add a new one, so every older database reaches the same shape.
 */
export const MIGRATIONS: ReadonlyArray<(db: IDBPDatabase<VettingSchema>) => void> = [
  migrateToV1,
  migrateToV2,
  migrateToV3,
];

export const DB_VERSION = MIGRATIONS.length;

export function upgrade(db: IDBPDatabase<VettingSchema>, oldVersion: number): void {
  for (let version = oldVersion; version < MIGRATIONS.length; version++) {
    MIGRATIONS[version]?.(db);
  }
}

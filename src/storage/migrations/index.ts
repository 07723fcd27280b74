import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { migrateToV1 } from './v1-initial';
import { migrateToV2 } from './v2-campaigns';
import { migrateToV3 } from './v3-readings';
import { migrateToV4 } from './v4-people';

/**
 * What a step sees: the database and idb's upgrade transaction, untyped, because a step names
 * the stores as they were at its version (v1 creates "snapshots", v3 renames it "readings").
 */
export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
/** A step may read and write rows through `tx`; it returns a promise when it does. */
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

/**
 * Numbered upgrades, one per file, so every older database reaches the same shape by the
 * same path. Entry i upgrades to version i + 1. Never edit a shipped step: add a new one.
 */
export const MIGRATIONS: readonly Migration[] = [
  migrateToV1,
  migrateToV2,
  migrateToV3,
  migrateToV4,
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Runs the steps after `oldVersion` in order, each after the previous one's writes, all in
 * the one upgrade transaction: a failing step aborts it, so the database stays at its old
 * version with its rows, and the open reports why.
 */
export async function upgrade(db: UpgradeDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  try {
    for (let version = oldVersion; version < MIGRATIONS.length; version++) {
      const step = MIGRATIONS[version]?.(db, tx);
      // Only wait when a step wrote rows: a synchronous step must not give up the turn.
      if (step) await step;
    }
  } catch (error) {
    // The open fails with the abort and reports it; the transaction's own promise need not.
    tx.done.catch(() => undefined);
    tx.abort();
    throw error;
  }
}

import { openDB, type IDBPDatabase } from 'idb';
import type { VettingSchema } from './schema';
import { DB_VERSION, upgrade, type UpgradeDb, type UpgradeTx } from './migrations';

export const DB_NAME = 'creator-vetting';
export type VettingDb = IDBPDatabase<VettingSchema>;

export type DbResult = { ok: true; db: VettingDb } | { ok: false; reason: string };

/**
 * Opens the database, or says why it cannot: IndexedDB can be missing (private windows,
 * disabled storage), blocked by an older tab, or hang; the caller shows "storage unavailable"
 * instead of waiting forever: a popup that never draws is worse than one that says why.
 */
export async function openVettingDb(
  name = DB_NAME,
  version = DB_VERSION,
  timeoutMs = 4000,
): Promise<DbResult> {
  if (typeof indexedDB === 'undefined')
    return { ok: false, reason: 'IndexedDB is not available here.' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<DbResult>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({ ok: false, reason: 'Storage did not open in time (another tab may hold it).' }),
      timeoutMs,
    );
  });
  // A failed step aborts the upgrade; the open then fails with the abort, so keep the cause.
  let stepError: unknown = null;
  const opening = openDB<VettingSchema>(name, version, {
    upgrade: (db, oldVersion, _newVersion, tx) => {
      upgrade(db as unknown as UpgradeDb, oldVersion, tx as unknown as UpgradeTx).catch(
        (error: unknown) => (stepError = error),
      );
    },
    // A newer version is waiting for us to close: let it upgrade rather than block it.
    blocking: () => void cached?.then((r) => r.ok && r.db.close()),
    terminated: () => {
      cached = null;
    },
  }).then(
    (db): DbResult => ({ ok: true, db }),
    (error: unknown): DbResult => ({
      ok: false,
      reason: `Storage could not open: ${String(stepError ?? error)}`,
    }),
  );
  const result = await Promise.race([opening, timeout]);
  clearTimeout(timer);
  return result;
}

let cached: Promise<DbResult> | null = null;

/** One connection per page; the service worker opens per event, since it keeps no state. */
export function sharedDb(): Promise<DbResult> {
  cached ??= openVettingDb().then((r) => {
    if (!r.ok) cached = null;
    return r;
  });
  return cached;
}

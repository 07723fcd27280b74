// Bundled as an IIFE and evaluated in an extension page (the extension's own IndexedDB):
// generates the bench creators there (no 100 MB trip over the DevTools protocol) and saves
// them with the project's bulk save. Exposed as globalThis.__bench.
import './jitless';
import { DB_NAME, openVettingDb } from '../../../src/storage/open';
import { saveShortlistRows } from '../../../src/storage/bulk';
import { scoreCreator } from '../../../src/scoring';
import { ShortlistRow } from '../../../src/shared/shortlist-row';
import { makeShortlistRows, withRealScores } from '../records';

let rows: ShortlistRow[] = [];

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`deleting ${name} is blocked`));
  });
}

/** Milliseconds to save all generated rows in one bulk call into database `name`. */
async function timeSave(name: string): Promise<number> {
  const opened = await openVettingDb(name);
  if (!opened.ok) throw new Error(opened.reason);
  try {
    const start = performance.now();
    await saveShortlistRows(opened.db, rows);
    return performance.now() - start;
  } finally {
    opened.db.close();
  }
}

(globalThis as Record<string, unknown>).__bench = {
  /** Makes the rows once per page (untimed); returns their JSON size in bytes. */
  generate(n: number, seed: number): number {
    rows = withRealScores(makeShortlistRows(n, seed), scoreCreator);
    return JSON.stringify(rows).length;
  },
  /** The validation part of a bulk save: every row through ShortlistRow.parse. */
  validationMs(): number {
    const start = performance.now();
    rows.forEach((row) => ShortlistRow.parse(row));
    return performance.now() - start;
  },
  /** One timed save: into a scratch database (deleted afterwards), or the extension's own. */
  async save(run: number, real: boolean): Promise<number> {
    if (real) return timeSave(DB_NAME);
    const name = `bench-bulk-${run}`;
    try {
      return await timeSave(name);
    } finally {
      await deleteDb(name);
    }
  },
};

import { openVettingDb, type VettingDb } from '../../src/storage/open';

let n = 0;

/** A new, empty database per test (fake-indexeddb), named so failures are easy to trace. */
export async function freshDb(prefix: string): Promise<VettingDb> {
  const opened = await openVettingDb(`${prefix}-${++n}-${Date.now()}`);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.db;
}

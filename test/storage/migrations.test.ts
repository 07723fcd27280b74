import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, MIGRATIONS } from '../../src/storage/migrations';
import { openVettingDb } from '../../src/storage/open';

let counter = 0;
const freshName = () => `migrations-${++counter}-${Date.now()}`;

describe('versioned upgrades', () => {
  it('creates every store from nothing', async () => {
    const opened = await openVettingDb(freshName());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect([...opened.db.objectStoreNames].sort()).toEqual(
      [
        'cells',
        'campaigns',
        'checklists',
        'creators',
        'details',
        'settings',
        'shortlist',
        'readings',
        'people',
        'notSame',
      ].sort(),
    );
    expect(opened.db.version).toBe(DB_VERSION);
    opened.db.close();
  });

  it('v1 → v2 keeps existing creators and adds the ROI stores', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, { upgrade: (db, _old, _new, tx) => MIGRATIONS[0]!(db, tx) });
    await v1.put('shortlist', {
      creatorId: 'instagram:lena',
      status: 'prospect',
      tags: [],
      notes: 'keep me',
      addedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(v1.objectStoreNames.contains('campaigns')).toBe(false);
    v1.close();
    const opened = await openVettingDb(name, 2);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.db.objectStoreNames.contains('campaigns')).toBe(true);
    expect(opened.db.objectStoreNames.contains('cells')).toBe(true);
    expect((await opened.db.get('shortlist', 'instagram:lena'))?.notes).toBe('keep me');
    opened.db.close();
  });

  it('v2 → v3 moves every reading from "snapshots" to "readings", ids and index kept', async () => {
    const name = freshName();
    const v2 = await openDB(name, 2, {
      upgrade: (db, old, _new, tx) => {
        for (let v = old; v < 2; v++) void MIGRATIONS[v]!(db, tx);
      },
    });
    const row = (creatorId: string, capturedAt: string, value: number) => ({
      creatorId,
      capturedAt,
      url: `https://www.instagram.com/${creatorId.split(':')[1]}/`,
      followers: { value, low: value, high: value, raw: String(value), source: 'page' },
    });
    await v2.add('snapshots', row('instagram:lena', '2026-01-02T00:00:00.000Z', 1200));
    await v2.add('snapshots', row('instagram:lena', '2026-01-01T00:00:00.000Z', 1100));
    await v2.add('snapshots', row('instagram:omar', '2026-01-01T00:00:00.000Z', 900));
    v2.close();
    const opened = await openVettingDb(name);
    if (!opened.ok) throw new Error(opened.reason);
    const { db } = opened;
    expect(db.objectStoreNames.contains('snapshots' as never)).toBe(false);
    expect((await db.getAll('readings')).map((r) => r.id)).toEqual([1, 2, 3]);
    const lena = IDBKeyRange.bound(['instagram:lena', ''], ['instagram:lena', '\uffff']);
    const history = await db.getAllFromIndex('readings', 'byCreator', lena);
    expect(history.map((r) => r.followers?.value)).toEqual([1100, 1200]);
    // New rows continue after the moved ones instead of overwriting them.
    const fresh: Partial<(typeof history)[number]> = { ...history[0]! };
    delete fresh.id;
    expect(await db.add('readings', fresh as never)).toBe(4);
    db.close();
  });

  it('a failing step aborts the upgrade: the database stays as it was, and the open says why', async () => {
    const name = freshName();
    // A version-2 database without the "snapshots" store that v3 reads from.
    const broken = await openDB(name, 2, { upgrade: (db) => db.createObjectStore('creators') });
    await broken.put('creators', 'kept', 'instagram:lena');
    broken.close();
    const opened = await openVettingDb(name);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.reason).toMatch(/NotFoundError|snapshots/);
    const after = await openDB(name);
    expect(after.version).toBe(2);
    expect([...after.objectStoreNames]).toEqual(['creators']);
    expect(await after.get('creators', 'instagram:lena')).toBe('kept');
    after.close();
  });

  it('says storage is unavailable instead of hanging when IndexedDB is missing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulate a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const opened = await openVettingDb(freshName());
      expect(opened.ok).toBe(false);
      if (!opened.ok) expect(opened.reason).toMatch(/not available/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('times out with a reason when an older connection blocks the upgrade', async () => {
    const name = freshName();
    const old = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('x') });
    // The old connection ignores versionchange, so the upgrade stays blocked.
    const opened = await openVettingDb(name, DB_VERSION, 200);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.reason).toMatch(/did not open in time/);
    old.close();
  });
});

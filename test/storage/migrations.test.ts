import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, MIGRATIONS } from '../../src/storage/migrations';
import { openVettingDb } from '../../src/storage/open';
import type { VettingSchema } from '../../src/storage/schema';

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
        'snapshots',
        'people',
        'notSame',
      ].sort(),
    );
    expect(opened.db.version).toBe(DB_VERSION);
    opened.db.close();
  });

  it('v1 → v2 keeps existing creators and adds the ROI stores', async () => {
    const name = freshName();
    const v1 = await openDB<VettingSchema>(name, 1, { upgrade: (db) => MIGRATIONS[0]!(db) });
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

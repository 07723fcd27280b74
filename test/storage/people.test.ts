import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { MIGRATIONS } from '../../src/storage/migrations';
import { openVettingDb, type VettingDb } from '../../src/storage/open';
import {
  linkAccounts,
  listPeople,
  markNotSame,
  notSameAs,
  personOf,
  restorePeople,
  unlinkAccount,
  withPeople,
} from '../../src/storage/people';
import { freshDb } from './fresh-db';

const IG = 'instagram:noor.cooks';
const YT = 'youtube:noorkitchen';
const TT = 'tiktok:noorcooks';
let db: VettingDb | null = null;
afterEach(() => db?.close());

describe('people across platforms', () => {
  it('links two accounts, then a third, as one person found from any account', async () => {
    db = await freshDb('people');
    const first = await linkAccounts(db, { id: IG, name: 'Noor Haddad' }, YT);
    expect(first.accounts).toEqual([IG, YT]);
    expect(first.id).toMatch(/^p-[a-z0-9]{18}$/);
    const second = await linkAccounts(db, { id: TT, name: 'ignored' }, YT);
    expect(second).toMatchObject({ id: first.id, name: 'Noor Haddad' });
    expect(second.accounts.sort()).toEqual([IG, TT, YT].sort());
    expect((await personOf(db, TT))?.id).toBe(first.id);
    expect(await listPeople(db)).toHaveLength(1);
  });

  it('merges two people when their accounts are linked', async () => {
    db = await freshDb('people');
    const a = await linkAccounts(db, { id: IG, name: 'Noor' }, YT);
    await linkAccounts(db, { id: TT, name: 'Other' }, 'instagram:second');
    const merged = await linkAccounts(db, { id: IG, name: 'Noor' }, TT);
    expect(merged.id).toBe(a.id);
    expect(merged.accounts).toHaveLength(4);
    expect(await listPeople(db)).toHaveLength(1);
  });

  it('undoing a link takes the account out, drops a person of one, and is remembered', async () => {
    db = await freshDb('people');
    await linkAccounts(db, { id: IG, name: 'Noor' }, YT);
    await unlinkAccount(db, YT);
    expect(await personOf(db, IG)).toBeNull();
    expect([...(await notSameAs(db, IG))]).toEqual([YT]);
    // Confirming the pair again clears "not the same".
    await linkAccounts(db, { id: IG, name: 'Noor' }, YT);
    expect((await notSameAs(db, IG)).size).toBe(0);
    await markNotSame(db, TT, IG);
    expect([...(await notSameAs(db, IG))]).toEqual([TT]);
  });

  it('restores people from imported rows by person id, moving accounts out of other people', async () => {
    db = await freshDb('people');
    await linkAccounts(db, { id: IG, name: 'Old' }, 'youtube:other');
    const person = { id: 'p-fromfile', name: 'Noor Haddad' };
    const restored = await restorePeople(db, [
      { creatorId: IG, person },
      { creatorId: YT, person },
      { creatorId: 'tiktok:alone', person: { id: 'p-single', name: 'Alone' } },
    ]);
    expect(restored).toBe(1);
    expect(await personOf(db, IG)).toMatchObject({ id: 'p-fromfile', name: 'Noor Haddad' });
    expect(await personOf(db, 'youtube:other')).toBeNull();
    expect(await personOf(db, 'tiktok:alone')).toBeNull();
    const rows = await withPeople(db, [{ record: { id: YT } }, { record: { id: TT } }]);
    expect(rows.map((r) => r.person)).toEqual([person, null]);
  });
});

describe('version 4 upgrade', () => {
  it('keeps a version 3 database and adds the people stores', async () => {
    const name = `people-v3-${Date.now()}`;
    const v3 = await openDB(name, 3, {
      upgrade: async (up, old, _new, tx) => {
        for (let v = old; v < 3; v++) await MIGRATIONS[v]!(up, tx);
      },
    });
    await v3.put('cells', { id: 'cell-1' });
    v3.close();
    const opened = await openVettingDb(name, 4);
    if (!opened.ok) throw new Error(opened.reason);
    db = opened.db;
    expect(db.objectStoreNames.contains('people')).toBe(true);
    expect(db.objectStoreNames.contains('notSame')).toBe(true);
    expect(await db.get('cells', 'cell-1')).toEqual({ id: 'cell-1' });
  });
});

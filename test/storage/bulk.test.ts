import { describe, expect, it } from 'vitest';
import { freshDb as openFresh } from './fresh-db';
import {
  editShortlistEntries,
  listChecklists,
  saveShortlistRows,
  storedCreatorIds,
} from '../../src/storage/bulk';
import { getCreator, putCreator } from '../../src/storage/creators';
import { listShortlist } from '../../src/storage/shortlist';
import { ManualEntries } from '../../src/shared/vetting';
import { exact } from '../../src/shared/stat';
import { sampleRow } from '../ui/shortlist/sample';

const freshDb = () => openFresh('bulk');

const withChecklist = (i: number) => {
  const row = sampleRow(i);
  row.checklist = {
    creatorId: row.record.id,
    manual: { ...ManualEntries.parse({}), storyViews: 420 },
    overrides: { storyViews: { state: 'pass', note: 'seen in insights' } },
    updatedAt: '2026-01-02T00:00:00.000Z',
  };
  return row;
};

describe('saveShortlistRows', () => {
  it('stores creators, checklists and entries; the shortlist lists them all', async () => {
    const db = await freshDb();
    const rows = Array.from({ length: 50 }, (_, i) => (i % 2 ? withChecklist(i) : sampleRow(i)));
    await saveShortlistRows(db, rows);
    const listed = await listShortlist(db);
    expect(listed.map((i) => i.record.id).sort()).toEqual(rows.map((r) => r.record.id).sort());
    const checklists = await listChecklists(db);
    expect(checklists.size).toBe(25);
    expect(checklists.get(rows[1]!.record.id)?.manual.storyViews).toBe(420);
  });

  it('writes nothing when one row is invalid (all-or-nothing)', async () => {
    const db = await freshDb();
    const bad = sampleRow(7);
    (bad.entry as { status: string }).status = 'hired';
    await expect(saveShortlistRows(db, [sampleRow(1), bad, sampleRow(2)])).rejects.toThrow();
    expect(await listShortlist(db)).toEqual([]);
    expect(await db.count('creators')).toBe(0);
  });

  it('rolls back every store when a write fails inside the transaction', async () => {
    const db = await freshDb();
    const first = sampleRow(3);
    await saveShortlistRows(db, [first]);
    // Make the second entry's write a real IndexedDB failure (add on an existing key) after
    // the other rows' writes were issued in the same transaction.
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      const clash = this.name === 'shortlist' && (value as { creatorId?: string }).creatorId;
      return clash === first.record.id ? this.add(value, key) : realPut.call(this, value, key);
    };
    try {
      await expect(saveShortlistRows(db, [sampleRow(4), first, sampleRow(5)])).rejects.toThrow();
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(await db.getAllKeys('creators')).toEqual([first.record.id]);
    expect(await db.count('details')).toBe(1);
    expect(await db.count('shortlist')).toBe(1);
  });

  it('keeps stored posts when a CSV row (no posts) overwrites the creator, if asked', async () => {
    const db = await freshDb();
    const row = sampleRow(4);
    const post = {
      url: 'https://example.test/p/1',
      views: null,
      likes: exact(10, 'text'),
      comments: exact(1, 'text'),
      pinned: false,
      caption: 'hi',
      hashtags: [],
      postedAt: null,
      commentSample: [],
    };
    await putCreator(db, { ...row.record, posts: [post] });
    const changed = { ...row, record: { ...row.record, followers: exact(999, 'manual') } };
    await saveShortlistRows(db, [changed], { keepStoredDetails: true });
    const kept = await getCreator(db, row.record.id);
    expect(kept?.posts).toHaveLength(1);
    expect(kept?.followers?.value).toBe(999);
    await saveShortlistRows(db, [changed]);
    expect((await getCreator(db, row.record.id))?.posts).toHaveLength(0);
  });

  it('adds backup readings once, skipping ones already stored for that time', async () => {
    const db = await freshDb();
    const row = sampleRow(5);
    const snap = (day: number) => ({
      id: day,
      creatorId: row.record.id,
      capturedAt: `2026-01-0${day}T00:00:00.000Z`,
      kind: 'profile' as const,
      url: row.record.profileUrl,
      followers: exact(100 * day, 'text'),
      following: null,
      postCount: null,
    });
    await saveShortlistRows(db, [row], { readings: [snap(1), snap(2)] });
    await saveShortlistRows(db, [row], { readings: [snap(2), snap(3)] });
    expect(await db.count('readings')).toBe(3);
  });
});

describe('editShortlistEntries and storedCreatorIds', () => {
  it('edits the listed entries in one go and skips unknown ids', async () => {
    const db = await freshDb();
    await saveShortlistRows(db, [sampleRow(1), sampleRow(2), sampleRow(3)]);
    const ids = [sampleRow(1).record.id, sampleRow(2).record.id, 'instagram:nobody'];
    const edited = await editShortlistEntries(db, ids, (e) => ({ ...e, status: 'core' }));
    expect(edited.map((e) => e.creatorId).sort()).toEqual(ids.slice(0, 2).sort());
    const again = await editShortlistEntries(db, ids, (e) => (e.status === 'core' ? e : e));
    expect(again).toEqual([]);
    const stored = await listShortlist(db);
    const statuses = Object.fromEntries(stored.map((i) => [i.record.id, i.entry.status]));
    expect(statuses[ids[0]!]).toBe('core');
    expect(statuses[ids[1]!]).toBe('core');
    expect(statuses[sampleRow(3).record.id]).toBe(sampleRow(3).entry.status);
    expect([...(await storedCreatorIds(db))].sort()).toEqual(
      [...ids.slice(0, 2), sampleRow(3).record.id].sort(),
    );
  });
});

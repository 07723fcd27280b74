import { describe, expect, it } from 'vitest';
import { freshDb as openFresh } from './fresh-db';
import { editShortlistEntries, saveShortlistRows } from '../../src/storage/bulk';
import { putCreator } from '../../src/storage/creators';
import { removeFromShortlist, saveToShortlist } from '../../src/storage/shortlist';
import {
  HEAD_KEY,
  INDEX_KEY,
  readShortlistIndex,
  summarize,
  summaryKey,
  writeShortlistIndex,
} from '../../src/storage/shortlist-index';
import {
  applyChanges,
  checkEntries,
  loadWhole,
  openShortlist,
  readShortlistRows,
  reconcileShortlist,
} from '../../src/storage/shortlist-load';
import { ManualEntries } from '../../src/shared/vetting';
import { exact } from '../../src/shared/stat';
import { sampleRow } from '../ui/shortlist/sample';

const freshDb = () => openFresh('load');
const rows = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => sampleRow(from + i));
const ids = (list: { id: string }[]) => list.map((s) => s.id).sort();

describe('shortlist index', () => {
  it('packs and unpacks every summary field unchanged', async () => {
    const db = await freshDb();
    const summaries = [
      ...rows(5).map((r) => summarize(r.record, r.entry)),
      summarize(
        sampleRow(9, { followers: null, scored: false, name: null }).record,
        sampleRow(9).entry,
      ),
    ];
    expect(new Set(summaries.map((s) => s.verdict))).toEqual(
      new Set(['book', 'check', 'avoid', 'unknown']),
    );
    expect(summaries[1]).toMatchObject({ why: 'Reason 1', nextStep: 'Step 1' });
    await writeShortlistIndex(db, summaries);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId((await readShortlistIndex(db))!)).toEqual(byId(summaries));
  });

  it('is ignored when missing or unreadable', async () => {
    const db = await freshDb();
    expect(await readShortlistIndex(db)).toBeNull();
    await db.put('settings', '{"format":1,"rows":[[1]]}', INDEX_KEY);
    expect(await readShortlistIndex(db)).toBeNull();
    // A whole, valid row of format 1 (before the verdict): rebuilt, not shown without a verdict.
    const v1 = JSON.stringify({
      format: 1,
      rows: [
        [
          'tiktok:x',
          'tiktok',
          'x',
          null,
          'u',
          null,
          'nano',
          'low',
          null,
          null,
          'prospect',
          [],
          '',
          'a',
          'b',
        ],
      ],
    });
    await db.put('settings', v1, INDEX_KEY);
    expect(await readShortlistIndex(db)).toBeNull();
    await db.put('settings', 'not json', INDEX_KEY);
    expect(await readShortlistIndex(db)).toBeNull();
  });
});

describe('opening and checking the shortlist', () => {
  it('opens from the head, then the whole index; without an index from the stores', async () => {
    const db = await freshDb();
    const list = rows(120);
    await saveShortlistRows(db, list);
    const opened = await openShortlist(db);
    expect(opened.source).toBe('head');
    expect(opened.total).toBe(120);
    // The head is the first screen in the page's default order: last updated first.
    const newest = [...list].sort((a, b) =>
      a.entry.updatedAt === b.entry.updatedAt
        ? a.record.id.localeCompare(b.record.id)
        : b.entry.updatedAt.localeCompare(a.entry.updatedAt),
    );
    expect(opened.summaries.map((s) => s.id)).toEqual(
      newest.slice(0, opened.summaries.length).map((r) => r.record.id),
    );
    expect(opened.summaries.length).toBeLessThan(120);
    const whole = await loadWhole(db);
    expect(whole.source).toBe('index');
    expect(ids(whole.summaries)).toEqual(ids(list.map((r) => r.record)));

    await db.delete('settings', INDEX_KEY);
    await db.delete('settings', HEAD_KEY);
    const rebuilt = await openShortlist(db);
    expect(rebuilt.source).toBe('stores');
    expect(rebuilt.summaries.map(summaryKey).sort()).toEqual(
      whole.summaries.map(summaryKey).sort(),
    );
    expect((await openShortlist(db)).source).toBe('head');
  });

  it('a bulk save keeps the index in step: started on an empty list, merged into an existing one', async () => {
    const db = await freshDb();
    await saveShortlistRows(db, rows(5));
    expect(ids((await readShortlistIndex(db))!)).toEqual(ids(rows(5).map((r) => r.record)));
    const changed = sampleRow(2, { followers: 31 });
    await saveShortlistRows(db, [changed, ...rows(3, 10)]);
    const index = (await readShortlistIndex(db))!;
    expect(index).toHaveLength(8);
    expect(index.find((s) => s.id === changed.record.id)?.followers?.value).toBe(31);
    // Without an index on a non-empty list, a save leaves it to the next open to build one.
    await db.delete('settings', INDEX_KEY);
    await saveShortlistRows(db, rows(2, 20));
    expect(await readShortlistIndex(db)).toBeNull();
  });

  it('checkEntries adds creators saved elsewhere, drops removed ones, takes edited entries', async () => {
    const db = await freshDb();
    await saveShortlistRows(db, rows(10));
    const { summaries } = await loadWhole(db);
    expect(await checkEntries(db, summaries)).toBeNull();
    const extra = sampleRow(50);
    await putCreator(db, extra.record);
    await saveToShortlist(db, extra.record.id);
    await removeFromShortlist(db, summaries[0]!.id);
    const changes = await checkEntries(db, summaries);
    expect(changes?.removed).toEqual([summaries[0]!.id]);
    expect(changes?.changed.map((s) => s.id)).toEqual([extra.record.id]);
    const want = [...summaries.slice(1).map((s) => s.id), extra.record.id].sort();
    expect(ids(applyChanges(summaries, changes!))).toEqual(want);
    // A status set in another tab (the index still has the old one).
    const edited = { ...summaries[3]!.entry, status: 'core' as const, updatedAt: 'later' };
    await editShortlistEntries(db, [edited.creatorId], () => edited);
    const next = await checkEntries(db, applyChanges(summaries, changes!));
    expect(next?.changed.map((s) => [s.id, s.entry.status, s.entry.updatedAt])).toEqual([
      [edited.creatorId, 'core', 'later'],
    ]);
    expect(next?.removed).toEqual([]);
  });

  it('reconcile picks up a changed record and rewrites the index', async () => {
    const db = await freshDb();
    const list = rows(6);
    await saveShortlistRows(db, list);
    const { summaries } = await loadWhole(db);
    expect(await reconcileShortlist(db, summaries)).toBeNull();
    await putCreator(db, { ...list[2]!.record, followers: exact(777, 'text') });
    await removeFromShortlist(db, list[4]!.record.id);
    const changes = await reconcileShortlist(db, summaries);
    expect(changes?.changed.map((s) => [s.id, s.followers?.value])).toEqual([
      [list[2]!.record.id, 777],
    ]);
    expect(changes?.removed).toEqual([list[4]!.record.id]);
    const reopened = await loadWhole(db);
    expect(reopened.summaries.find((s) => s.id === list[2]!.record.id)?.followers?.value).toBe(777);
  });

  it('readShortlistRows joins checklists, reads only the asked ids, and reports progress', async () => {
    const db = await freshDb();
    const list = rows(130);
    list[3]!.checklist = {
      creatorId: list[3]!.record.id,
      manual: ManualEntries.parse({ storyViews: 12 }),
      overrides: {},
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await saveShortlistRows(db, list);
    const progress: number[] = [];
    const all = await readShortlistRows(db, {
      checklists: true,
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(all).toHaveLength(130);
    expect(progress.at(-1)).toBe(1);
    expect(all.find((r) => r.record.id === list[3]!.record.id)?.checklist?.manual.storyViews).toBe(
      12,
    );
    const some = await readShortlistRows(db, { ids: new Set([list[0]!.record.id, 'x:y']) });
    expect(some.map((r) => r.record.id)).toEqual([list[0]!.record.id]);
  });
});

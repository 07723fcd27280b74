import { describe, expect, it } from 'vitest';
import { emptyReading } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import { BrandProfile, ManualEntries } from '../../src/shared/vetting';
import type { ChecklistState } from '../../src/shared/creator';
import { openVettingDb } from '../../src/storage/open';
import { recordReading } from '../../src/storage/readings';
import { putChecklist } from '../../src/storage/checklists';
import { putSettings, getSettings } from '../../src/storage/settings';
import { saveToShortlist } from '../../src/storage/shortlist';
import { countAll, deleteAll, dumpAll, replaceAll } from '../../src/storage/backup-ops';

let n = 0;
async function freshDb() {
  const opened = await openVettingDb(`backup-ops-${++n}-${Date.now()}`);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.db;
}

async function filledDb(handle: string, followers: number) {
  const db = await freshDb();
  const snap = emptyReading(
    'instagram',
    'profile',
    `https://www.instagram.com/${handle}/`,
    new Date('2025-01-02T10:00:00Z'),
  );
  snap.handle = handle;
  snap.followers = exact(followers, 'meta');
  snap.posts = [
    {
      url: `https://www.instagram.com/p/${handle}1/`,
      views: null,
      likes: exact(40, 'text'),
      comments: exact(3, 'text'),
      pinned: false,
      caption: 'hello',
      hashtags: ['#a'],
      postedAt: null,
      commentSample: [{ author: 'x', text: 'nice', likes: null, at: null }],
    },
  ];
  const id = await recordReading(db, snap, () => null);
  const manual = ManualEntries.parse({ storyViews: 120 });
  await putChecklist(db, {
    creatorId: id,
    manual,
    overrides: {},
    updatedAt: '2025-01-02T10:00:00.000Z',
  });
  await saveToShortlist(db, id, new Date('2025-01-03T00:00:00Z'));
  await putSettings(db, {
    brand: BrandProfile.parse({ keywords: ['bread'], targetCountries: ['DE'], currency: 'EUR' }),
    thresholdOverrides: { 'er.minPosts': 5 },
  });
  return { db, id };
}

describe('backup operations', () => {
  it('dumps every store with creators joined, and a replace reproduces the same dump', async () => {
    const { db, id } = await filledDb('lena', 5000);
    const dump = await dumpAll(db);
    expect(dump.creators.map((c) => c.id)).toEqual([id]);
    expect(dump.creators[0]!.posts[0]!.commentSample[0]!.text).toBe('nice');
    expect(dump.checklists[0]!.manual.storyViews).toBe(120);
    expect(dump.settings?.thresholdOverrides['er.minPosts']).toBe(5);

    const other = await freshDb();
    await replaceAll(other, dump);
    expect(await dumpAll(other)).toEqual(dump);
  });

  it('replaces everything: what the target held before is gone', async () => {
    const { db: source } = await filledDb('source', 100);
    const { db: target } = await filledDb('target', 900);
    await replaceAll(target, await dumpAll(source));
    const after = await dumpAll(target);
    expect(after.creators.map((c) => c.handle)).toEqual(['source']);
    expect(after.shortlist.map((e) => e.creatorId)).toEqual(['instagram:source']);
  });

  it('is all-or-nothing: one unwritable row leaves the previous data intact', async () => {
    const { db: target } = await filledDb('keep', 700);
    const before = await dumpAll(target);
    const { db: source } = await filledDb('incoming', 10);
    const incoming = await dumpAll(source);
    // A checklist without its key cannot be stored; it comes after the clears and other puts.
    const broken = { ...incoming.checklists[0], creatorId: undefined } as unknown as ChecklistState;
    await expect(replaceAll(target, { ...incoming, checklists: [broken] })).rejects.toThrow();
    expect(await dumpAll(target)).toEqual(before);
  });

  it('deletes everything, settings included', async () => {
    const { db } = await filledDb('gone', 300);
    expect((await countAll(db)).creators).toBe(1);
    await deleteAll(db);
    const counts = await countAll(db);
    expect(Object.values(counts).every((c) => c === 0)).toBe(true);
    expect((await getSettings(db)).brand.keywords).toEqual([]);
  });
});

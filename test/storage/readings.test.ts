import { describe, expect, it } from 'vitest';
import { emptyReading, type PageReading } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import { openVettingDb } from '../../src/storage/open';
import { recordReading, listReadings, type Scorer } from '../../src/storage/readings';
import { getCreator } from '../../src/storage/creators';
import { listShortlist, saveToShortlist } from '../../src/storage/shortlist';

let n = 0;
async function freshDb() {
  const opened = await openVettingDb(`readings-${++n}-${Date.now()}`);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.db;
}

function profile(at: string, followers: number | null, posts = 0): PageReading {
  const snap = emptyReading(
    'instagram',
    'profile',
    'https://www.instagram.com/lena.bakes/',
    new Date(at),
  );
  snap.handle = 'lena.bakes';
  snap.displayName = 'Lena Bakes';
  snap.followers = followers === null ? null : exact(followers, 'meta');
  snap.posts = Array.from({ length: posts }, (_, i) => ({
    url: `https://www.instagram.com/p/${i}/`,
    views: null,
    likes: exact(100 + i, 'text'),
    comments: exact(5, 'text'),
    pinned: false,
    caption: `post ${i}`,
    hashtags: [],
    postedAt: null,
    commentSample: [{ author: 'fan', text: 'lovely', likes: null, at: null }],
  }));
  return snap;
}

const unscored: Scorer = () => null;

describe('recordReading', () => {
  it('stores the creator and one reading row, keeps heavy parts out of the light record', async () => {
    const db = await freshDb();
    const id = await recordReading(db, profile('2026-01-01T10:00:00Z', 8400, 3), unscored);
    expect(id).toBe('instagram:lena.bakes');
    const light = await db.get('creators', id);
    expect(light?.posts).toEqual([]);
    const full = await getCreator(db, id);
    expect(full?.posts).toHaveLength(3);
    expect(full?.followers?.value).toBe(8400);
    expect(await listReadings(db, id)).toHaveLength(1);
  });

  it('a re-read within ten minutes updates its reading; a later one adds a reading', async () => {
    const db = await freshDb();
    await recordReading(db, profile('2026-01-01T10:00:00Z', 8400), unscored);
    await recordReading(db, profile('2026-01-01T10:05:00Z', 8410), unscored);
    const readings = await listReadings(db, 'instagram:lena.bakes');
    expect(readings.map((v) => v.followers?.value)).toEqual([8410]);
    await recordReading(db, profile('2026-01-02T10:00:00Z', 8500), unscored);
    expect((await listReadings(db, 'instagram:lena.bakes')).map((v) => v.followers?.value)).toEqual(
      [8410, 8500],
    );
  });

  it('"not visible" this time keeps what an earlier visit saw, and adds no reading row', async () => {
    const db = await freshDb();
    await recordReading(db, profile('2026-01-01T10:00:00Z', 8400), unscored);
    await recordReading(db, profile('2026-01-03T10:00:00Z', null), unscored);
    expect((await getCreator(db, 'instagram:lena.bakes'))?.followers?.value).toBe(8400);
    expect(await listReadings(db, 'instagram:lena.bakes')).toHaveLength(1);
  });

  it('passes the merged record and history to the scorer and stores its result', async () => {
    const db = await freshDb();
    const seen: number[] = [];
    const scorer: Scorer = ({ record, readings }) => {
      seen.push(readings.length);
      return {
        computedAt: '2026-01-01T00:00:00Z',
        tier: 'nano',
        engagementRate: record.posts.length / 100,
        nicheFit: null,
        risk: 'low',
        riskReasons: [],
        fitSummary: 'test',
        signals: [],
      };
    };
    await recordReading(db, profile('2026-01-01T10:00:00Z', 8400, 2), scorer);
    await recordReading(db, profile('2026-01-05T10:00:00Z', 8600, 4), scorer);
    expect(seen).toEqual([1, 2]);
    expect((await getCreator(db, 'instagram:lena.bakes'))?.score?.engagementRate).toBe(0.04);
  });

  it('the shortlist lists saved creators with their light record', async () => {
    const db = await freshDb();
    await recordReading(db, profile('2026-01-01T10:00:00Z', 8400, 2), unscored);
    await saveToShortlist(db, 'instagram:lena.bakes', new Date('2026-01-01T11:00:00Z'));
    const items = await listShortlist(db);
    expect(items).toHaveLength(1);
    expect(items[0]?.entry.status).toBe('prospect');
    expect(items[0]?.record.displayName).toBe('Lena Bakes');
  });
});

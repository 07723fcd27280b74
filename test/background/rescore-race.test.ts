import { describe, expect, it } from 'vitest';
import { rescore } from '../../src/background/rescore-creator';
import { scoreForStorage } from '../../src/background/scorer';
import { emptyReading } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import { getCreator } from '../../src/storage/creators';
import { openVettingDb } from '../../src/storage/open';
import { recordReading } from '../../src/storage/readings';

function reading(handle: string, followers: number, at: string) {
  const snap = emptyReading(
    'instagram',
    'profile',
    `https://www.instagram.com/${handle}/`,
    new Date(at),
  );
  snap.handle = handle;
  snap.followers = exact(followers, 'meta');
  return snap;
}

/** Lets fake-indexeddb run `n` scheduling turns, so the second writer starts at a new point. */
async function turns(n: number) {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('rescore against a reading stored meanwhile', () => {
  it('never writes back an older copy of the record (29 interleavings)', async () => {
    // rescore() opens the extension's own database name, as the worker does.
    const opened = await openVettingDb();
    if (!opened.ok) throw new Error(opened.reason);
    const db = opened.db;
    const lost: number[] = [];
    for (let race = 0; race < 29; race++) {
      const handle = `race${race}.${Date.now()}`;
      await recordReading(db, reading(handle, 1000, '2026-01-01T10:00:00Z'), scoreForStorage);
      const newer = turns(race).then(() =>
        recordReading(db, reading(handle, 2000, '2026-01-02T10:00:00Z'), scoreForStorage),
      );
      await Promise.all([rescore(`instagram:${handle}`), newer]);
      const stored = await getCreator(db, `instagram:${handle}`);
      if (stored?.followers?.value !== 2000) lost.push(race);
    }
    db.close();
    expect(lost).toEqual([]);
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import { scoreForStorage } from '../../src/background/scorer';
import { emptyReading } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import { patchChecklist } from '../../src/storage/checklists';
import { getCreator } from '../../src/storage/creators';
import { rescoreStored } from '../../src/storage/rescore-stored';
import { recordReading } from '../../src/storage/readings';
import { freshDb } from '../storage/fresh-db';

const READ_AT = new Date('2025-06-01T12:00:00.000Z');
const DAY = 86_400_000;

/** A nano creator with six dated posts and visible likes; no comments read yet. */
function reading() {
  const snap = emptyReading('instagram', 'profile', 'https://www.instagram.com/ana/', READ_AT);
  snap.handle = 'ana';
  snap.followers = exact(5_000, 'meta');
  snap.posts = Array.from({ length: 6 }, (_, i) => ({
    url: `https://www.instagram.com/p/${i}/`,
    views: null,
    likes: exact(200, 'text'),
    comments: exact(6, 'text'),
    pinned: false,
    caption: null,
    hashtags: [],
    postedAt: new Date(READ_AT.getTime() - (5 + 2 * i) * DAY).toISOString(),
    commentSample: [],
  }));
  return snap;
}

describe('the verdict where scores are stored', () => {
  it("a reading stores a verdict; the marketer's override moves it, and says so", async () => {
    const db = await freshDb('verdict-rescore');
    const id = await recordReading(db, reading(), scoreForStorage);
    const first = (await getCreator(db, id))!.score!;
    expect(first.verdict?.level).toBe('check');
    expect(first.verdict?.change).toBeUndefined();

    await patchChecklist(db, id, (s) => ({
      ...s,
      overrides: { engagementQuality: { state: 'pass', note: 'read the comments myself' } },
    }));
    // Saved a year and a half later: time is still judged as of the reading.
    expect(await rescoreStored(db, id, scoreForStorage, new Date('2026-12-01'))).toBe(true);
    const next = (await getCreator(db, id))!.score!;
    expect(next.verdict?.level).toBe('book');
    expect(next.verdict?.change).toMatchObject({ from: 'check', since: first.computedAt });
    expect(next.verdict?.change?.why).toMatch(
      /^was check on 1 Jun 2025, now book after your entry/,
    );
    expect(next.signals.find((s) => s.id === 'consistency')?.verdict).toBe('pass');
    // The score is new, so its time is the rescore's, not the reading's.
    expect(next.computedAt).toBe('2026-12-01T00:00:00.000Z');
    db.close();
  });
});

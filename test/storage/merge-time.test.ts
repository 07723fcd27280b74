import { describe, expect, it } from 'vitest';
import { emptyReading, type Post } from '../../src/shared/model';
import { blankPost } from '../../src/sites/common/grid';
import { CreatorRecord } from '../../src/shared/creator';
import { getCreator } from '../../src/storage/creators';
import { mergeReading } from '../../src/storage/merge-reading';
import { recordReading } from '../../src/storage/readings';
import { freshDb } from './fresh-db';

const NOW = new Date('2026-04-28T10:00:00.000Z');
const URL_ = 'https://www.youtube.com/watch?v=abcdefghijk';
const post = (extra: Partial<Post>): Post => ({ ...blankPost(URL_), ...extra });
const reading = (p: Post) => ({
  ...emptyReading('youtube', 'post', URL_, NOW),
  handle: 'paul',
  posts: [p],
});
const EXACT = { postedAt: '2026-04-07T08:12:00.000Z' };
const WEEKS = {
  postedAt: '2026-04-07T10:00:00.000Z',
  postedAtSpan: { minutesBefore: 10_080, minutesAfter: 0 },
};

describe('merging readings keeps the most precise post time with its own span', () => {
  it('a grid\'s "3 weeks ago" read later does not replace an exact time', () => {
    const first = mergeReading(undefined, reading(post(EXACT)));
    const after = mergeReading(first, reading(post(WEEKS)));
    expect(after.posts[0]).toMatchObject(EXACT);
    expect(after.posts[0]!.postedAtSpan).toBeUndefined();
  });

  it('an exact time read later replaces a coarse one, and drops its span', () => {
    const first = mergeReading(undefined, reading(post(WEEKS)));
    expect(first.posts[0]).toMatchObject(WEEKS);
    const after = mergeReading(first, reading(post(EXACT)));
    expect(after.posts[0]!.postedAt).toBe(EXACT.postedAt);
    expect(after.posts[0]!.postedAtSpan).toBeUndefined();
  });

  it('a coarse time fills in where no time was known, with its span', () => {
    const first = mergeReading(undefined, reading(post({})));
    expect(mergeReading(first, reading(post(WEEKS))).posts[0]).toMatchObject(WEEKS);
    // …and "not visible" later keeps it.
    const kept = mergeReading(mergeReading(first, reading(post(WEEKS))), reading(post({})));
    expect(kept.posts[0]).toMatchObject(WEEKS);
  });

  it('a record stored without spans stays readable, and a span read later is stored', async () => {
    const db = await freshDb('merge-time');
    const old = post({
      ...EXACT,
      commentSample: [{ author: 'a', text: 'hi', likes: null, at: NOW.toISOString() }],
    });
    const id = await recordReading(db, reading(old), () => null);
    const coarse = {
      author: 'b',
      text: 'late',
      likes: null,
      at: NOW.toISOString(),
      atSpan: { minutesBefore: 60, minutesAfter: 0 },
    };
    await recordReading(db, reading(post({ ...WEEKS, commentSample: [coarse] })), () => null);
    const stored = await getCreator(db, id);
    expect(CreatorRecord.safeParse(stored).success).toBe(true);
    expect(stored!.posts[0]).toMatchObject(EXACT);
    expect(stored!.posts[0]!.commentSample.map((c) => c.atSpan)).toEqual([
      coarse.atSpan,
      undefined,
    ]);
    db.close();
  });
});

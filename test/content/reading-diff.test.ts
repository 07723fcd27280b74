import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffReading, needsParts, partOf, type Sent } from '../../src/content/reading-diff';
import { emptyReading, type Comment, type PageReading, type Post } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import { blankPost } from '../../src/sites/common/grid';
import { mergePosts, mergeReading } from '../../src/storage/merge-reading';
import { patchPosts } from '../../src/storage/patch-posts';

const URL_ = 'https://www.instagram.com/lena/';
const comment = (n: number): Comment => ({
  author: `fan${n}`,
  text: `nice ${n}`,
  likes: null,
  at: null,
});
const post = (n: number, likes: number | null = null, comments: number[] = []): Post => ({
  ...blankPost(`https://www.instagram.com/p/P${n}/`),
  likes: likes === null ? null : exact(likes, 'text'),
  commentSample: comments.map(comment),
});

function reading(posts: Post[], followers = 8400, url = URL_): PageReading {
  const snap = emptyReading('instagram', 'profile', url, new Date('2026-11-30T12:00:00Z'));
  snap.handle = 'lena';
  snap.followers = exact(followers, 'text');
  snap.posts = posts;
  return snap;
}

describe('diffReading', () => {
  it('sends a page whole first, then nothing while it stays the same', () => {
    const first = diffReading(null, reading([post(1, 10, [1, 2])]))!;
    expect(first.whole).toBe(true);
    expect(first.reading.posts[0]!.commentSample).toHaveLength(2);
    expect(diffReading(first.sent, reading([post(1, 10, [1, 2])]))).toBeNull();
  });

  it('patches only what changed: new comments, new figures, new posts', () => {
    const { sent } = diffReading(null, reading([post(1, 10, [1, 2]), post(2, 5)]))!;
    const next = reading([post(1, 10, [2, 3]), post(2, 6), post(3, 1, [7])]);
    const patch = diffReading(sent, next)!;
    expect(patch.whole).toBe(false);
    expect(patch.reading.followers?.value).toBe(8400); // header fields travel whole
    expect(patch.reading.posts.map((p) => p.url)).toEqual([post(1).url, post(2).url, post(3).url]);
    expect(patch.reading.posts[0]!.commentSample.map((c) => c.author)).toEqual(['fan3']);
    expect(patch.reading.posts[1]!.commentSample).toEqual([]);
    expect(patch.reading.posts[1]!.likes?.value).toBe(6);
    expect(patch.reading.posts[2]!.commentSample).toHaveLength(1);
  });

  it('sends a header change alone, and another page whole', () => {
    const { sent } = diffReading(null, reading([post(1, 10)]))!;
    const header = diffReading(sent, reading([post(1, 10)], 8500))!;
    expect(header.whole).toBe(false);
    expect(header.reading.posts).toEqual([]);
    const other = diffReading(sent, reading([post(1, 10)], 8400, `${URL_}reels/`))!;
    expect(other.whole).toBe(true);
  });

  it('patches fold into the same record as whole readings would (posts, figures, comments)', () => {
    // A visit: each step the page shows a window of posts and of each post's last comments.
    const step = fc.record({
      posts: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }),
      likes: fc.integer({ min: 0, max: 3 }),
      from: fc.integer({ min: 0, max: 8 }),
      count: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        let sent: Sent | null = null;
        let viaPatches = mergeReading(undefined, reading([]));
        let viaWhole = viaPatches;
        for (const s of steps) {
          const comments = Array.from({ length: s.count }, (_, i) => s.from + i);
          const snap = reading(s.posts.map((n) => post(n, n + s.likes, comments)));
          viaWhole = mergeReading(viaWhole, snap, mergePosts);
          const diff = diffReading(sent, snap);
          if (!diff) continue;
          sent = diff.sent;
          viaPatches = mergeReading(viaPatches, diff.reading, diff.whole ? mergePosts : patchPosts);
        }
        const summary = (posts: Post[]) =>
          Object.fromEntries(
            posts.map((p) => [
              p.url,
              [p.likes?.value, p.commentSample.map((c) => c.author).sort()],
            ]),
          );
        expect(summary(viaPatches.posts)).toEqual(summary(viaWhole.posts));
        expect(viaPatches.followers).toEqual(viaWhole.followers);
      }),
      { numRuns: 200 },
    );
  });

  it('a big reading sent in parts folds into the same record as sent whole', () => {
    const big = reading(
      Array.from({ length: 130 }, (_, n) => post(n, n, n === 0 ? [...Array(150).keys()] : [n])),
    );
    const whole = mergeReading(undefined, big);
    let sent: Sent | null = null;
    let folded = mergeReading(undefined, reading([]));
    const sizes: number[] = [];
    for (let part = 1, piece = partOf(big, 1); ; piece = partOf(big, ++part)) {
      const diff = diffReading(sent, piece ?? big);
      if (diff) {
        sent = diff.sent;
        folded = mergeReading(folded, diff.reading, diff.whole ? mergePosts : patchPosts);
        sizes.push(diff.reading.posts.length);
        for (const p of diff.reading.posts) expect(p.commentSample.length).toBeLessThanOrEqual(60);
      }
      if (!piece) break;
    }
    // No message carries more than a part's share: 40 new posts (and a post whose comments
    // grew), 60 comments per post.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(41);
    expect(sizes).toHaveLength(4);
    expect(folded.posts.map((p) => p.url)).toEqual(whole.posts.map((p) => p.url));
    const comments = (r: typeof whole) => r.posts.map((p) => p.commentSample.length);
    expect(comments(folded)).toEqual(comments(whole));
  });
});

describe('needsParts', () => {
  const posts = (from: number, n: number) => Array.from({ length: n }, (_, i) => post(from + i));
  it('goes in parts for a first send or more new posts than a part, else as one patch', () => {
    expect(needsParts(null, reading(posts(0, 3)))).toBe(true);
    const { sent } = diffReading(null, reading(posts(0, 222)))!;
    // The page loaded 30 more posts: one patch, not a walk over 6 parts of 40.
    expect(needsParts(sent, reading(posts(0, 252)))).toBe(false);
    expect(needsParts(sent, reading(posts(0, 263)))).toBe(true);
    // Another page (in-app navigation) starts again.
    expect(needsParts(sent, reading(posts(0, 3), 8400, 'https://www.instagram.com/mara/'))).toBe(
      true,
    );
  });
});

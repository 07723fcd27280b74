import type { Comment, PageReading, Post } from '../shared/model';

/**
 * What the worker was last sent from this page: the page, its header fields and, per post, a
 * fingerprint of its figures and the keys of the comments sent. Chromium serialises every
 * message whole on the page's main thread (30–200 ms for 300 posts on a loaded machine), so
 * after the first send of a page only what changed goes out: the posts whose figures changed
 * or are new, each with only its new comments. The worker merges them into what it stored.
 */
export interface Sent {
  page: string;
  head: string;
  /** The followers list is sent whole when it grew (the dialog appends as it scrolls). */
  followers: string;
  posts: Map<string, { key: string; comments: Set<string> }>;
}

/** The message to send: the whole reading, or a patch of it against `sent`. */
export interface Diff {
  reading: PageReading;
  whole: boolean;
  sent: Sent;
}

const commentKey = (c: Comment) => c.id ?? `${c.author}\u0000${c.text}`;
const postKeys = new WeakMap<Post, string>();
/**
 * Everything of a post the worker keeps, except its comments (they are sent one by one).
 * Kept per post object: unchanged posts (the page's loaded ones, an unchanged document's)
 * are the same objects pass after pass, and 300 JSON strings a pass showed in the profile.
 */
function postKey(p: Post): string {
  let key = postKeys.get(p);
  if (key === undefined) postKeys.set(p, (key = JSON.stringify({ ...p, commentSample: 0 })));
  return key;
}
/** The header fields (they travel whole in every patch, so any change is sent). */
const headKey = (s: PageReading) =>
  JSON.stringify({ ...s, capturedAt: 0, posts: 0, followersList: 0 });

/**
 * The reading as a patch of what `before` says was sent (null when nothing changed), or
 * whole when there is no `before` for this page. `before`'s comment sets are extended in
 * place: after a failed send the caller drops it and sends the next reading whole.
 */
const pageKey = (r: PageReading) => `${r.platform}\u0001${r.url}\u0001${r.kind}\u0001${r.handle}`;

export function diffReading(before: Sent | null, reading: PageReading): Diff | null {
  const page = pageKey(reading);
  const base = before?.page === page ? before : null;
  const list = reading.followersList;
  const followers = `${list.length}\u0001${list[list.length - 1]?.username}`;
  const sent: Sent = { page, head: headKey(reading), followers, posts: new Map(base?.posts) };
  const changed: Post[] = [];
  for (const post of reading.posts) {
    const key = postKey(post);
    const prev = base?.posts.get(post.url);
    const comments = prev?.comments ?? new Set<string>();
    const fresh = post.commentSample.filter((c) => {
      const k = commentKey(c);
      return !comments.has(k) && !!comments.add(k);
    });
    sent.posts.set(post.url, { key, comments });
    if (!prev) changed.push(post);
    else if (prev.key !== key || fresh.length) changed.push({ ...post, commentSample: fresh });
  }
  if (!base) return { reading, whole: true, sent };
  const sameFollowers = base.followers === followers;
  if (base.head === sent.head && sameFollowers && !changed.length) return null;
  const patch = { ...reading, posts: changed, followersList: sameFollowers ? [] : list };
  return { reading: patch, whole: false, sent };
}

/** One message's share of a big reading: posts, and comments per post. */
const PART_POSTS = 40;
const PART_COMMENTS = 60;

/**
 * Whether a reading is big news for the worker: a page's first send, or more new posts than
 * one part. Anything less (a few posts the page loaded, a like count that ticked) goes as one
 * patch; walking the parts again on every pass cost more than the patch itself (profile of
 * the page-loaded responses bench: partOf and its sends, 10–30 ms per visit).
 */
export function needsParts(before: Sent | null, reading: PageReading): boolean {
  if (before?.page !== pageKey(reading)) return true;
  let fresh = 0;
  for (const p of reading.posts) if (!before.posts.has(p.url) && ++fresh > PART_POSTS) return true;
  return false;
}

/**
 * The first `part` shares of a reading (null once that is all of it): a page's first send of
 * 300 posts goes as a whole reading of 40 and patches of 40 more, each in a task of its own,
 * so no one serialisation becomes a long task on the page.
 */
export function partOf(reading: PageReading, part: number): PageReading | null {
  const posts = part * PART_POSTS;
  const comments = part * PART_COMMENTS;
  const cut = reading.posts.some((p) => p.commentSample.length > comments);
  if (reading.posts.length <= posts && !cut) return null;
  const shown = reading.posts.slice(0, posts);
  return {
    ...reading,
    posts: cut
      ? shown.map((p) => ({ ...p, commentSample: p.commentSample.slice(0, comments) }))
      : shown,
  };
}

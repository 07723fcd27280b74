import type { CreatorRecord, ReadingRow } from '../shared/creator';
import { isOwnProfileUrl, profileUrlOf } from '../shared/identity';
import {
  creatorId,
  type Basis,
  type Comment,
  type FollowerEntry,
  type PageReading,
  type Post,
} from '../shared/model';
import { preciserPostTime } from '../shared/time-span';
import { newerCount } from '../shared/newer-count';

export const MAX_POSTS = 2000;
const MAX_COMMENTS_PER_POST = 1000;
const MAX_FOLLOWERS = 10000;

/** A newer reading wins, but "not visible" this time does not erase what an earlier visit saw. */
const newer = <T>(next: T | null, prev: T | null): T | null => (next === null ? prev : next);

/** A comment's identity: the site's id when known, else who said what. */
const commentKey = (c: Comment): string => c.id ?? `${c.author}\u0000${c.text}`;

/** Older records have no `shares`, provenance or partnership: add those keys only when known. */
function extras(
  prev: Post,
  next: Post,
): Pick<Post, 'shares' | 'loaded' | 'paidPartnership' | 'sponsors'> {
  const shares = newerCount(next.shares ?? null, prev.shares ?? null);
  const paid = next.paidPartnership ?? prev.paidPartnership;
  const sponsors = next.sponsors?.length ? next.sponsors : prev.sponsors;
  return {
    ...(paid !== undefined ? { paidPartnership: paid } : {}),
    ...(sponsors?.length ? { sponsors } : {}),
    ...(shares !== null || next.shares !== undefined || prev.shares !== undefined
      ? { shares }
      : {}),
    ...(next.loaded || prev.loaded ? { loaded: true } : {}),
  };
}

export function mergePost(prev: Post, next: Post): Post {
  // Both keys of a comment count: one read from the page (no id) and later loaded (with id).
  const seen = new Set(
    next.commentSample.flatMap((c) => [commentKey(c), `${c.author}\u0000${c.text}`]),
  );
  const kept = prev.commentSample.filter(
    (c) => !seen.has(commentKey(c)) && !seen.has(`${c.author}\u0000${c.text}`),
  );
  return {
    url: next.url,
    views: newerCount(next.views, prev.views),
    likes: newerCount(next.likes, prev.likes),
    comments: newerCount(next.comments, prev.comments),
    pinned: newer(next.pinned, prev.pinned),
    caption: newer(next.caption, prev.caption),
    hashtags: next.hashtags.length ? next.hashtags : prev.hashtags,
    ...preciserPostTime(next, prev),
    commentSample: [...next.commentSample, ...kept].slice(0, MAX_COMMENTS_PER_POST),
    ...extras(prev, next),
  };
}

/** What the record's judgement rests on; the popup names these figures. */
function basisOf(posts: Post[]): Basis {
  let comments = 0;
  let loadedComments = 0;
  for (const p of posts) {
    comments += p.commentSample.length;
    for (const c of p.commentSample) if (c.loaded) loadedComments++;
  }
  const commentPosts = posts
    .filter((p) => p.commentSample.length > 0)
    .sort((a, b) => b.commentSample.length - a.commentSample.length)
    .slice(0, 10)
    .map((p) => p.url);
  return {
    posts: posts.length,
    comments,
    loadedPosts: posts.filter((p) => p.loaded).length,
    loadedComments,
    commentPosts,
  };
}

export function mergePosts(prev: Post[], next: Post[]): Post[] {
  const byUrl = new Map(prev.map((p) => [p.url, p]));
  for (const post of next) {
    const old = byUrl.get(post.url);
    byUrl.set(post.url, old ? mergePost(old, post) : post);
  }
  // Newest reading first, so the grid order of the latest visit leads.
  const fresh = next.map((p) => byUrl.get(p.url)!);
  const nextUrls = new Set(next.map((p) => p.url));
  const rest = prev.filter((p) => !nextUrls.has(p.url));
  return [...fresh, ...rest].slice(0, MAX_POSTS);
}

function mergeFollowers(prev: FollowerEntry[], next: FollowerEntry[]): FollowerEntry[] {
  const byName = new Map(prev.map((f) => [f.username, f]));
  for (const f of next) byName.set(f.username, f);
  return [...byName.values()].slice(0, MAX_FOLLOWERS);
}

/**
 * The address kept for the creator: the stored one while it is this creator's page on its
 * own site (an address planted by an old import is replaced), else the profile page read.
 */
function profileUrl(prev: CreatorRecord | undefined, snap: PageReading, handle: string): string {
  if (prev && isOwnProfileUrl(snap.platform, handle, prev.profileUrl)) return prev.profileUrl;
  return snap.kind === 'profile' ? snap.url : profileUrlOf(snap.platform, handle);
}

/**
 * Folds one page reading into the creator's record (pure; the caller stores the result).
 * `foldPosts` is `patchPosts` when the reading carries only the posts that changed since
 * the page's last send.
 */
export function mergeReading(
  prev: CreatorRecord | undefined,
  snap: PageReading,
  foldPosts = mergePosts,
): CreatorRecord {
  const handle = snap.handle ?? prev?.handle ?? '';
  const posts = foldPosts(prev?.posts ?? [], snap.posts);
  return {
    id: creatorId(snap.platform, handle),
    platform: snap.platform,
    handle,
    displayName: newer(snap.displayName, prev?.displayName ?? null),
    profileUrl: profileUrl(prev, snap, handle),
    bio: newer(snap.bio, prev?.bio ?? null),
    externalLink: newer(snap.externalLink, prev?.externalLink ?? null),
    verified: newer(snap.verified, prev?.verified ?? null),
    private: newer(snap.private, prev?.private ?? null),
    followers: newerCount(snap.followers, prev?.followers ?? null),
    following: newerCount(snap.following, prev?.following ?? null),
    postCount: newerCount(snap.postCount, prev?.postCount ?? null),
    totalLikes: newerCount(snap.totalLikes, prev?.totalLikes ?? null),
    storyViews: newer(snap.storyViews, prev?.storyViews ?? null),
    posts,
    followersSample: mergeFollowers(prev?.followersSample ?? [], snap.followersList),
    firstSeen: prev?.firstSeen ?? snap.capturedAt,
    lastSeen: snap.capturedAt,
    score: prev?.score ?? null,
    basis: basisOf(posts),
  };
}

/** The reading-history row, or null when the reading has no follower count to chart. */
export function readingRow(snap: PageReading, id: string): ReadingRow | null {
  if (snap.followers === null) return null;
  return {
    creatorId: id,
    capturedAt: snap.capturedAt,
    kind: snap.kind,
    url: snap.url,
    followers: snap.followers,
    following: snap.following,
    postCount: snap.postCount,
  };
}

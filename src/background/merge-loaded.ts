import type { Comment, PageReading, Post } from '../shared/model';
import { preciserPostTime } from '../shared/time-span';
import { mostExact } from '../sites/common/stat';
import type { LoadedStore } from './loaded-store';

/** The sites keep at most this many comments per post in one reading (the last loaded). */
const MAX_COMMENTS_PER_POST = 300;
/** Loaded posts added to one reading, on top of those the page shows. */
const MAX_ADDED_POSTS = 500;

/** The ids the creator on screen goes by: the handle, and channel ids that alias to it. */
function ownersOf(handle: string, aliases: Map<string, string>): Set<string> {
  const owners = new Set([handle.toLowerCase()]);
  for (const [id, alias] of aliases) if (alias === handle.toLowerCase()) owners.add(id);
  return owners;
}

/** A shown post completed by the loaded one: the narrower count wins, gaps are filled. */
function enrich(shown: Post, loaded: Post): Post {
  return {
    ...shown,
    views: mostExact(loaded.views, shown.views),
    likes: mostExact(loaded.likes, shown.likes),
    comments: mostExact(loaded.comments, shown.comments),
    pinned: shown.pinned ?? loaded.pinned,
    caption: shown.caption ?? loaded.caption,
    hashtags: shown.hashtags.length ? shown.hashtags : loaded.hashtags,
    ...preciserPostTime(shown, loaded),
    ...(loaded.shares !== undefined ? { shares: loaded.shares ?? shown.shares ?? null } : {}),
    loaded: true,
  };
}

function withComments(post: Post, loaded: Iterable<Comment>): Post {
  const seen = new Set(post.commentSample.map((c) => `${c.author}\u0000${c.text}`));
  const added = [...loaded].filter((c) => !seen.has(`${c.author}\u0000${c.text}`));
  if (!added.length) return post;
  const commentSample = [...post.commentSample, ...added].slice(-MAX_COMMENTS_PER_POST);
  return { ...post, commentSample };
}

/**
 * The reading with what the page loaded for the same creator: their posts (on a profile, when
 * `addPosts`), exact counts for posts already shown, comments for shown posts, profile counts.
 * Items about anyone else (a home feed, suggestions, another creator's video) are left out.
 */
export function withLoaded(
  snap: PageReading,
  store: LoadedStore,
  postIdOf: (url: string) => string | null,
  addPosts = true,
): PageReading {
  if (!snap.handle || (store.posts.size === 0 && store.comments.size === 0 && !store.profiles.size))
    return snap;
  const owners = ownersOf(snap.handle, store.aliases);
  const posts = snap.posts.slice();
  const index = new Map<string, number>();
  posts.forEach((p, i) => {
    const id = postIdOf(p.url);
    if (id) index.set(id, i);
  });
  let added = 0;
  for (const { id, owner, post } of store.posts.values()) {
    if (!owners.has(owner)) continue;
    const at = index.get(id);
    if (at !== undefined) posts[at] = enrich(posts[at]!, post);
    else if (
      addPosts &&
      snap.kind === 'profile' &&
      added < MAX_ADDED_POSTS &&
      posts.length < 2000
    ) {
      index.set(id, posts.length);
      posts.push(post);
      added++;
    }
  }
  for (const [postId, comments] of store.comments) {
    const at = index.get(postId);
    if (at !== undefined) posts[at] = withComments(posts[at]!, comments.values());
  }
  const profile = [...owners].map((o) => store.profiles.get(o)).find(Boolean);
  if (!profile || snap.kind !== 'profile') return { ...snap, posts };
  return {
    ...snap,
    posts,
    followers: mostExact(snap.followers, profile.followers),
    following: mostExact(snap.following, profile.following),
    postCount: mostExact(snap.postCount, profile.postCount),
    totalLikes: mostExact(snap.totalLikes, profile.totalLikes),
  };
}

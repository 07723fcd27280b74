import type { Comment } from '../shared/model';
import type { Loaded, LoadedPost, LoadedProfile } from '../sites/common/loaded';

/**
 * What one tab's page has loaded so far, kept by the worker: each body the capture script
 * hands over adds its items here, and every reading from that tab is merged with them before
 * it is stored (tab-pages.ts). The page only hands the body over; its items never go back.
 */
export interface LoadedStore {
  posts: Map<string, LoadedPost>;
  /** post id → comment id → comment */
  comments: Map<string, Map<string, Comment>>;
  profiles: Map<string, LoadedProfile>;
  /** YouTube channel id → lower-case handle */
  aliases: Map<string, string>;
}

const MAX_POSTS = 1000;
const MAX_COMMENT_POSTS = 100;
const MAX_COMMENTS_PER_POST = 300;
const MAX_ALIASES = 100;
const MAX_PROFILES = 100;

export function newLoadedStore(): LoadedStore {
  return { posts: new Map(), comments: new Map(), profiles: new Map(), aliases: new Map() };
}

/** Keeps a map within `max` entries by dropping the oldest insertions. */
function bound<K, V>(map: Map<K, V>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}

/** Adds one response's items (newer values replace older ones with the same id). */
export function addLoaded(store: LoadedStore, loaded: Loaded): void {
  for (const p of loaded.posts) {
    // Keyed by owner too: a response about someone else cannot replace this creator's post.
    const key = `${p.owner}\u0000${p.id}`;
    store.posts.delete(key);
    store.posts.set(key, p);
  }
  bound(store.posts, MAX_POSTS);
  for (const { postId, comments } of loaded.comments) {
    const byId = store.comments.get(postId) ?? new Map<string, Comment>();
    store.comments.delete(postId);
    store.comments.set(postId, byId);
    for (const c of comments) byId.set(c.id ?? `${c.author}\u0000${c.text}`, c);
    bound(byId, MAX_COMMENTS_PER_POST);
  }
  bound(store.comments, MAX_COMMENT_POSTS);
  for (const p of loaded.profiles) store.profiles.set(p.owner, p);
  bound(store.profiles, MAX_PROFILES);
  for (const [id, handle] of loaded.aliases) store.aliases.set(id, handle.toLowerCase());
  bound(store.aliases, MAX_ALIASES);
}

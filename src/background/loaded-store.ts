import type { Comment } from '../shared/model';
import type { Loaded, LoadedPost, LoadedProfile } from '../sites/common/loaded';

/**
 * What the page has loaded so far, shared by the two isolated scripts of a site: the capture
 * script fills it with what the worker made of each body; the reading script merges it into
 * each reading. Both run in the extension's isolated world, so
 * the store hangs on that world's global, out of the page's reach.
 */
export interface LoadedStore {
  posts: Map<string, LoadedPost>;
  /** post id → comment id → comment */
  comments: Map<string, Map<string, Comment>>;
  profiles: Map<string, LoadedProfile>;
  /** YouTube channel id → lower-case handle */
  aliases: Map<string, string>;
  listeners: Set<() => void>;
}

const MAX_POSTS = 1000;
const MAX_COMMENT_POSTS = 100;
const MAX_COMMENTS_PER_POST = 300;
const KEY = Symbol.for('creator-vetting.loaded-store');

export function loadedStore(): LoadedStore {
  const g = globalThis as unknown as Record<symbol, LoadedStore | undefined>;
  return (g[KEY] ??= {
    posts: new Map(),
    comments: new Map(),
    profiles: new Map(),
    aliases: new Map(),
    listeners: new Set(),
  });
}

/** Keeps a map within `max` entries by dropping the oldest insertions. */
function bound<K, V>(map: Map<K, V>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}

/** Adds one response's items (newer values replace older ones with the same id). */
export function addLoaded(store: LoadedStore, loaded: Loaded): boolean {
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
  for (const [id, handle] of loaded.aliases) store.aliases.set(id, handle.toLowerCase());
  const changed =
    loaded.posts.length + loaded.comments.length + loaded.profiles.length + loaded.aliases.length >
    0;
  if (changed) for (const fn of store.listeners) fn();
  return changed;
}

export function onLoaded(store: LoadedStore, fn: () => void): () => void {
  store.listeners.add(fn);
  return () => store.listeners.delete(fn);
}

import type { Post } from '../shared/model';
import { MAX_POSTS, mergePost } from './merge-reading';

/**
 * A patch's posts (changed or new, comments only the new ones) folded into the stored ones in
 * place: the first send of the visit already set the order, new posts follow it.
 */
export function patchPosts(prev: Post[], next: Post[]): Post[] {
  const byUrl = new Map(next.map((p) => [p.url, p]));
  const posts = prev.map((old) => {
    const post = byUrl.get(old.url);
    byUrl.delete(old.url);
    return post ? mergePost(old, post) : old;
  });
  const added = [...byUrl.values()];
  // Over the cap, what this visit found stays and the oldest stored posts go.
  const room = Math.max(0, MAX_POSTS - added.length);
  return [...posts.slice(0, room), ...added].slice(0, MAX_POSTS);
}

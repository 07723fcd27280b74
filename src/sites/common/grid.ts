import type { Post } from '../../shared/model';
import { mostExact } from './stat';
import { preciserPostTime } from '../../shared/time-span';

/**
 * Profile grids on all three sites: the DOM tiles in page order (lazy loading adds tiles the
 * embedded JSON never had) merged by id with the JSON posts (exact counts), then the JSON posts
 * not rendered yet. `tile` turns one tile into its id and what the tile itself shows.
 */
export function blankPost(url: string): Post {
  return {
    url,
    views: null,
    likes: null,
    comments: null,
    pinned: null,
    caption: null,
    hashtags: [],
    postedAt: null,
    commentSample: [],
  };
}

export function mergeGrid(
  json: Array<[string, Post]>,
  tiles: Element[],
  tile: (el: Element) => [string, Post] | null,
): Post[] {
  const known = new Map(json);
  const byId = new Map<string, Post>();
  for (const el of tiles) {
    const read = tile(el);
    if (!read || byId.has(read[0])) continue;
    const [id, dom] = read;
    const j = known.get(id);
    byId.set(
      id,
      j
        ? {
            ...j,
            url: dom.url,
            views: mostExact(j.views, dom.views),
            likes: mostExact(j.likes, dom.likes),
            comments: mostExact(j.comments, dom.comments),
            pinned: j.pinned ?? dom.pinned,
            ...preciserPostTime(j, dom),
          }
        : dom,
    );
  }
  for (const [id, post] of known) if (!byId.has(id)) byId.set(id, post);
  return [...byId.values()].slice(0, 2000);
}

/** A link's href as written (no URL parsing: grids have hundreds of links per read). */
export function hrefOf(el: Element | null | undefined): string {
  return el?.getAttribute('href') ?? '';
}

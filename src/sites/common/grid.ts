import type { Post } from '../../shared/model';
import { readItems } from './item-memo';
import { mostExact } from './stat';
import { preciserPostTime } from '../../shared/time-span';

/**
 * Profile grids on all three sites: the DOM tiles in page order (lazy loading adds tiles the
 * embedded JSON never had) merged by id with the JSON posts (exact counts), then the JSON posts
 * not rendered yet. `readTiles` turns the tiles not read before into their ids and what each
 * tile itself shows; it finds their parts (links, counts) among those tiles only.
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

/** A grid's items in the embedded JSON, each read into its id and post only when asked. */
export interface JsonGrid<J extends object> {
  items: readonly J[];
  read: (item: J) => [string, Post] | null;
}

/**
 * Each JSON item and each tile is read once (item-memo.ts; the JSON objects come from one
 * parse per script text, tiles are keyed by their text and link), and at most the item budget
 * afresh per read, newest first: a first pass over a 300-post grid reads a slice of it, and
 * later passes the rest, each step short enough to stay out of the page's way.
 */
export function mergeGrid<J extends object>(
  json: JsonGrid<J>,
  tiles: Element[],
  readTiles: (missed: Element[]) => Array<[string, Post] | null>,
  salt: string,
): Post[] {
  const key = `grid\u0000${salt}`;
  const fromJson = readItems(json.items, key, (missed) => missed.map(json.read), {
    keep: 'first',
    keyOf: () => '',
  });
  const fromTiles = readItems(tiles, key, readTiles, {
    keep: 'first',
    keyOf: (el) => `${hrefOf(el)}\u0000${el.textContent ?? ''}`,
  });
  const known = new Map(fromJson);
  const byId = new Map<string, Post>();
  for (const [id, dom] of fromTiles) {
    if (byId.has(id)) continue;
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

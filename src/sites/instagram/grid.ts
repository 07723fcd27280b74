import type { Post } from '../../shared/model';
import { arr, get } from '../common/json';
import { statFromText } from '../common/stat';
import { attrOf, queryAll, queryFirst, textOf } from '../common/dom';
import { postCode } from './urls';
import { postFromNode, postUrl, timelineNodes } from './embedded';
import { IG } from './selectors';

/**
 * The profile grid: tiles in the DOM (what is visible, including what lazy loading added),
 * enriched with exact counts from embedded JSON for the tiles it covers. Tiles show likes and
 * comments only in their hover overlay and views only on reels, so many DOM-only values stay null.
 */
export function readGrid(doc: Document, sharedUser: unknown, locale: string): Post[] {
  const fromJson = new Map<string, Post>();
  const nodes = [
    ...arr(get(sharedUser, 'edge_owner_to_timeline_media', 'edges')).map((e) => get(e, 'node')),
    ...timelineNodes(doc),
  ];
  for (const node of nodes) {
    const post = postFromNode(node);
    const code = post && postCode(new URL(post.url));
    if (post && code && !fromJson.has(code)) fromJson.set(code, post);
  }
  const posts: Post[] = [];
  const seen = new Set<string>();
  for (const tile of queryAll(doc, IG.gridLinks)) {
    const href = attrOf(tile, 'href');
    let url: URL;
    try {
      url = new URL(href ?? '', 'https://www.instagram.com/');
    } catch {
      continue;
    }
    const code = postCode(url);
    if (!code || seen.has(code)) continue;
    seen.add(code);
    const known = fromJson.get(code);
    const dom = tilePost(tile, code, url.pathname.includes('/reel/'), locale);
    posts.push(known ? merge(known, dom) : dom);
  }
  // Embedded posts the DOM has not rendered (yet) still describe the creator.
  for (const [code, post] of fromJson) if (!seen.has(code)) posts.push(post);
  return posts.slice(0, 2000);
}

function tilePost(tile: Element, code: string, reel: boolean, locale: string): Post {
  const overlay = tile.querySelectorAll(IG.tileOverlay[0]);
  return {
    url: postUrl(code, reel),
    views: statFromText(textOf(queryFirst(tile, IG.tileViews)), 'text', locale),
    likes: statFromText(textOf(overlay[0]), 'text', locale),
    comments: statFromText(textOf(overlay[1]), 'text', locale),
    pinned: !!queryFirst(tile, IG.pinned),
    caption: null,
    hashtags: [],
    postedAt: null,
    commentSample: [],
  };
}

function merge(json: Post, dom: Post): Post {
  return {
    ...json,
    url: dom.url,
    views: json.views ?? dom.views,
    likes: json.likes ?? dom.likes,
    comments: json.comments ?? dom.comments,
    pinned: json.pinned ?? dom.pinned,
  };
}

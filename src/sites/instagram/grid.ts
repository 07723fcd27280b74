import type { Post } from '../../shared/model';
import { queryAll, queryFirst, textOf } from '../common/dom';
import { ownParts } from '../common/owner-parts';
import { blankPost, hrefOf, mergeGrid } from '../common/grid';
import { arr, get } from '../common/json';
import { statFromText } from '../common/stat';
import { postFromNode, postUrl, timelineNodes } from './embedded';
import { IG } from './selectors';
import { codeFromHref } from './urls';

/**
 * The profile grid: DOM tiles enriched with exact counts from embedded JSON. Tiles show likes
 * and comments only in their hover overlay and views only on reels, so DOM-only values are
 * mostly null.
 */
export function readGrid(doc: Document, sharedUser: unknown, locale: string): Post[] {
  const nodes = [
    ...arr(get(sharedUser, 'edge_owner_to_timeline_media', 'edges')).map((e) => get(e, 'node')),
    ...timelineNodes(doc),
  ];
  const json = {
    items: nodes.filter((n): n is object => !!n && typeof n === 'object'),
    read: (node: object): [string, Post] | null => {
      const post = postFromNode(node);
      const code = post && codeFromHref(post.url)?.[0];
      return post && code ? [code, post] : null;
    },
  };
  const main = queryFirst(doc, IG.main);
  const tiles = queryAll(main, IG.gridLinks);
  const stat = (el: Element | undefined) => statFromText(textOf(el), 'text', locale);
  const readTiles = (missed: Element[]) => {
    const parts = ownParts(missed, {
      pinned: IG.pinned,
      views: IG.tileViews,
      // The hover overlay (likes, comments) has kept its ul > li shape since 2019.
      overlay: ['a ul > li'],
    });
    return missed.map((tile): [string, Post] | null => {
      const link = codeFromHref(hrefOf(tile));
      if (!link) return null;
      const [code, reel] = link;
      const part = parts.get(tile);
      const overlay = part?.overlay ?? [];
      return [
        code,
        {
          ...blankPost(postUrl(code, reel)),
          views: stat(part?.views?.[0]),
          likes: stat(overlay[0]),
          comments: stat(overlay[1]),
          pinned: !!part?.pinned,
        },
      ];
    });
  };
  return mergeGrid(json, tiles, readTiles, locale);
}

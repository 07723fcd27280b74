import type { PageReading, Post } from '../../shared/model';
import { attrOf, blockTextOf, queryAll, queryFirst, textOf } from '../common/dom';
import { ownParts } from '../common/owner-parts';
import { blankPost, hrefOf, mergeGrid } from '../common/grid';
import { bool, get, str } from '../common/json';
import { mostExact, statFromText } from '../common/stat';
import { itemAuthor, type TikTokData } from './embedded';
import { countStat, postFromItem } from './items';
import { TT } from './selectors';
import { idFromHref, videoUrl } from './urls';

/**
 * A TikTok profile: embedded JSON (exact) first, then the data-e2e header ("45.2K").
 * The grid comes from the DOM (lazy loading adds tiles) merged with JSON items by video id.
 */
export function readProfile(
  doc: Document,
  handle: string,
  data: TikTokData,
  snap: PageReading,
  locale: string,
): void {
  const same = str(get(data.user, 'uniqueId'))?.toLowerCase() === handle.toLowerCase();
  const user = same ? data.user : null;
  const stats = same ? data.stats : null;
  const header = queryFirst(doc, TT.header);
  const text = (selectors: readonly string[]) =>
    statFromText(textOf(queryFirst(header, selectors)), 'text', locale);
  const json = (key: string) => countStat(get(stats, key), data.rounded);

  snap.handle = str(get(user, 'uniqueId')) ?? handle;
  snap.displayName = str(get(user, 'nickname')) ?? textOf(queryFirst(header, TT.displayName), 200);
  snap.bio = str(get(user, 'signature')) ?? blockTextOf(queryFirst(header, TT.bio), 3000);
  snap.externalLink =
    str(get(user, 'bioLink', 'link')) ?? linkTarget(attrOf(queryFirst(header, TT.link), 'href'));
  snap.verified =
    bool(get(user, 'verified')) ?? (header ? !!queryFirst(header, TT.verified) : null);
  snap.followers = mostExact(json('followerCount'), text(TT.followers));
  snap.following = mostExact(json('followingCount'), text(TT.following));
  snap.totalLikes = mostExact(json('heartCount') ?? json('heart'), text(TT.likes));
  snap.postCount = json('videoCount');
  snap.posts = readGrid(doc, handle, data, locale);
  snap.private =
    bool(get(user, 'privateAccount')) ??
    (queryFirst(doc, TT.privateNotice) ? true : snap.posts.length ? false : null);
}

/** Bio links go through TikTok's redirector (/link/v2?…&target=<url>): keep the target. */
function linkTarget(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, 'https://www.tiktok.com/');
    return (
      url.searchParams.get('target') ?? (url.hostname.endsWith('tiktok.com') ? null : url.href)
    );
  } catch {
    return null;
  }
}

function readGrid(doc: Document, handle: string, data: TikTokData, locale: string): Post[] {
  const json = {
    items: data.items.filter((n): n is object => !!n && typeof n === 'object'),
    read: (item: object): [string, Post] | null => {
      if (itemAuthor(item)?.toLowerCase() !== handle.toLowerCase()) return null;
      const post = postFromItem(item, data.rounded);
      const id = post && idFromHref(post.url)?.[0];
      return post && id ? [id, post] : null;
    },
  };
  const tiles = queryAll(doc, TT.gridItems);
  const readTiles = (missed: Element[]) => {
    const parts = ownParts(missed, {
      link: ['a[href*="/video/"], a[href*="/photo/"]'],
      views: TT.gridViews,
      pinned: TT.gridPinned,
    });
    return missed.map((tile): [string, Post] | null => {
      const part = parts.get(tile);
      const link = idFromHref(hrefOf(part?.link?.[0]));
      if (!link) return null;
      const [id, photo] = link;
      return [
        id,
        {
          ...blankPost(videoUrl(handle, id, photo)),
          views: statFromText(textOf(part?.views?.[0]), 'text', locale),
          pinned: !!part?.pinned,
        },
      ];
    });
  };
  // The handle and TikTok's rounding decide what an item reads as: both key the memo.
  return mergeGrid(json, tiles, readTiles, `${locale}\u0000${handle}\u0000${data.rounded}`);
}

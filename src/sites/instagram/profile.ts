import type { PageReading, Post } from '../../shared/model';
import { attrOf, blockTextOf, queryAll, queryFirst, textOf } from '../common/dom';
import { bool, get, str } from '../common/json';
import { mostExact, preferExact, statFromJson, statFromText } from '../common/stat';
import { readGrid } from './grid';
import { readProfileMeta } from './meta';
import { IG } from './selectors';
import { sharedDataUser } from './embedded';

/**
 * An Instagram profile: embedded JSON (2021 layout) → og:description meta → visible header.
 * For each count the narrowest reading wins, so an exact title="8,412" beats "8.4K".
 */
export function readProfile(
  doc: Document,
  handle: string,
  snap: PageReading,
  locale: string,
): void {
  const same = (h: unknown) => typeof h === 'string' && h.toLowerCase() === handle.toLowerCase();
  const user = sharedDataUser(doc);
  const json = user && same(user.username) ? user : null;
  const metaRead = readProfileMeta(doc, locale);
  const meta = metaRead && same(metaRead.handle) ? metaRead : null;
  const header = queryFirst(doc, IG.header);
  const items = statItems(header);

  snap.handle = str(json?.username) ?? handle;
  snap.displayName =
    str(json?.full_name) ?? meta?.displayName ?? textOf(queryFirst(header, IG.displayName), 200);
  snap.bio = str(json?.biography) ?? blockTextOf(queryFirst(header, IG.bio), 3000);
  snap.externalLink = str(json?.external_url) ?? externalLink(header);
  snap.verified = bool(json?.is_verified) ?? (header ? !!queryFirst(header, IG.verified) : null);
  snap.followers = mostExact(
    statFromJson(get(json, 'edge_followed_by', 'count')),
    preferExact(
      statFromText(textOf(items[1]), 'text', locale),
      statFromText(attrOf(queryFirst(items[1], IG.exactTitle), 'title'), 'attribute', locale),
    ),
    meta?.followers ?? null,
  );
  snap.following = mostExact(
    statFromJson(get(json, 'edge_follow', 'count')),
    statFromText(textOf(items[2]), 'text', locale),
    meta?.following ?? null,
  );
  snap.postCount = mostExact(
    statFromJson(get(json, 'edge_owner_to_timeline_media', 'count')),
    statFromText(textOf(items[0]), 'text', locale),
    meta?.postCount ?? null,
  );
  snap.posts = readGrid(doc, json, locale);
  snap.private =
    bool(json?.is_private) ?? privateFromDom(doc, header, snap.posts, snap.postCount?.value);
}

/** [posts, followers, following] in the order every layout and language shows them. */
function statItems(header: Element | null): Array<Element | null> {
  const link = queryFirst(header, IG.followersLink);
  if (link) {
    // The followers item is the link's ancestor whose parent also holds the following link.
    let item: Element = link;
    while (item.parentElement && item.parentElement !== header) {
      const parent: Element = item.parentElement;
      if (queryFirst(parent, IG.followingLink)) return Array.from(parent.children).slice(0, 3);
      item = parent;
    }
  }
  const items = queryAll(header, IG.statItems);
  return items.length >= 3 ? items.slice(0, 3) : [null, null, null];
}

function externalLink(header: Element | null): string | null {
  const href = attrOf(queryFirst(header, IG.externalLink), 'href');
  if (!href) return null;
  try {
    const url = new URL(href, 'https://www.instagram.com/');
    // l.instagram.com/?u=<target>&e=…: the target is what the visitor sees and follows.
    return url.hostname === 'l.instagram.com' ? url.searchParams.get('u') : url.href;
  } catch {
    return null;
  }
}

/** Private when the header counts posts but the grid shows none and a notice replaces it. */
function privateFromDom(
  doc: Document,
  header: Element | null,
  posts: Post[],
  count?: number,
): boolean | null {
  if (!header) return null;
  if (posts.length) return false;
  const notice = Array.from(doc.querySelectorAll('main h2')).some((h) => !header.contains(h));
  return notice && !!count ? true : null;
}

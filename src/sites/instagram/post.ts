import type { Comment, Post } from '../../shared/model';
import type { PageFill } from '../common/adapter';
import {
  attrOf,
  blockTextOf,
  COMMENTS_PER_READ,
  queryAll,
  queryFirst,
  queryLast,
  textOf,
} from '../common/dom';
import { readItems } from '../common/item-memo';
import { arr, get, str } from '../common/json';
import { mostExact, statFromJson, statFromText } from '../common/stat';
import { commentTimeFields, postTimeFields, readTime } from '../common/read-time';
import { clipText, hashtagsOf, isoFromUnix } from '../common/text';
import { postFromNode, postUrl, sharedDataMedia } from './embedded';
import { readPostMeta } from './meta';
import { IG } from './selectors';
import { isHandle, postCode } from './urls';

/**
 * A post or reel page: embedded JSON (2021 layout) → og:description meta → visible page.
 * Comments come from the DOM (what the user has loaded), each found through its time element.
 */
export const readPost: PageFill = (doc, url, snap, now, locale) => {
  const code = postCode(url);
  if (!code) return;
  const media = sharedDataMedia(doc);
  const jsonPost = get(media, 'shortcode') === code ? postFromNode(media) : null;
  const meta = readPostMeta(doc, locale);
  const root = queryFirst(doc, IG.post);
  const author = authorOf(root);
  const handle = str(get(media, 'owner', 'username')) ?? author ?? meta?.author ?? snap.handle;
  // The meta tags of the first loaded post stay after in-app navigation: same author only.
  const trustedMeta = meta && (!meta.author || !handle || meta.author === handle) ? meta : null;
  const captionEl = queryFirst(root, IG.postCaption);
  const caption =
    jsonPost?.caption ?? blockTextOf(captionEl, 5000) ?? clipText(trustedMeta?.caption, 5000);
  const timeEl = postTime(root);
  const comments = jsonComments(media);
  const post: Post = {
    url: postUrl(code, url.pathname.includes('/reel/')),
    views: jsonPost?.views ?? statFromText(textOf(queryFirst(root, IG.postViews)), 'text', locale),
    likes: mostExact(
      jsonPost?.likes ?? null,
      statFromText(textOf(queryFirst(root, IG.postLikes)), 'text', locale),
      trustedMeta?.likes ?? null,
    ),
    comments: mostExact(jsonPost?.comments ?? null, trustedMeta?.comments ?? null),
    pinned: null,
    caption,
    hashtags: hashtagsOf(caption),
    ...(jsonPost?.postedAt
      ? { postedAt: jsonPost.postedAt }
      : postTimeFields(readTime(attrOf(timeEl, 'datetime'), textOf(timeEl), now, locale))),
    commentSample: comments.length ? comments : domComments(root, captionEl, now, locale),
  };
  snap.handle = handle;
  snap.verified = root ? !!queryFirst(queryFirst(root, ['header']), IG.verified) : null;
  snap.posts = [post];
};

function authorOf(root: Element | null): string | null {
  const href = attrOf(queryFirst(root, IG.postAuthor), 'href');
  const name = href?.split('/').filter(Boolean)[0];
  return isHandle(name) ? name : null;
}

/** The post's own time: the first time element that is not a comment permalink. */
function postTime(root: Element | null): Element | null {
  for (const el of queryAll(root, IG.postTime))
    if (!attrOf(el.closest('a'), 'href')?.includes('/c/')) return el;
  return null;
}

function jsonComments(media: unknown): Comment[] {
  const edges = arr(get(media, 'edge_media_to_parent_comment', 'edges'));
  return edges.flatMap((e): Comment[] => {
    const node = get(e, 'node');
    const author = str(get(node, 'owner', 'username'));
    const text = str(get(node, 'text'));
    if (!author || text === null) return [];
    return [
      {
        author,
        text: text.slice(0, 2200),
        likes: statFromJson(get(node, 'edge_liked_by', 'count')),
        at: isoFromUnix(get(node, 'created_at')),
      },
    ];
  });
}

/** Each comment hangs off its time element; its row holds the author link, text and likes. */
function domComments(
  root: Element | null,
  captionEl: Element | null,
  now: Date,
  locale: string,
): Comment[] {
  const times = queryLast(root, IG.commentPermalink, COMMENTS_PER_READ);
  // Each comment's row is read once while its text stays the same (item-memo.ts).
  const rowText = (time: Element) => commentRow(time)?.textContent;
  return readItems(
    times,
    locale,
    (missed) => missed.map((time) => domComment(time, captionEl, now, locale)),
    { keyOf: rowText },
  );
}

function domComment(
  time: Element,
  captionEl: Element | null,
  now: Date,
  locale: string,
): Comment | null {
  const row = commentRow(time);
  if (!row || (captionEl && row.contains(captionEl))) return null;
  const authorLink = Array.from(row.querySelectorAll('a[href^="/"]')).find((a) => {
    const parts = (a.getAttribute('href') ?? '').split('/').filter(Boolean);
    return parts.length === 1 && isHandle(parts[0]);
  });
  const author = authorLink?.getAttribute('href')?.split('/').filter(Boolean)[0];
  const textEl = Array.from(row.querySelectorAll('span[dir="auto"]')).find(
    (s) => !s.closest('a, h3'),
  );
  if (!author || !textEl) return null;
  const likesEl = Array.from(row.querySelectorAll('button, [role="button"]')).find(
    (b) => !b.contains(time) && /\d/.test(b.textContent ?? ''),
  );
  return {
    author,
    text: blockTextOf(textEl, 2200) ?? '',
    likes: statFromText(textOf(likesEl), 'text', locale),
    ...commentTimeFields(readTime(attrOf(time, 'datetime'), textOf(time), now, locale)),
  };
}

/** The nearest ancestor (list item first) holding a profile link and the comment text. */
function commentRow(time: Element): Element | null {
  const li = time.closest('li, [role="listitem"]');
  if (li) return li;
  let el: Element | null = time.parentElement;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
    if (el.querySelector('span[dir="auto"]') && el.querySelector('a[href^="/"]:not([href*="/c/"])'))
      return el;
  }
  return null;
}

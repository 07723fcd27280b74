import type { Stat } from '../../shared/stat';
import { metaContent } from '../common/dom';
import { statFromText } from '../common/stat';

/**
 * Instagram's meta tags, present in the server HTML of every profile and post:
 *   profile: "8,412 Followers, 612 Following, 312 Posts - See Instagram photos and videos
 *             from Lena Hoffmann (@lena.bakes)" (and its localized forms, same order);
 *   post:    "1,234 likes, 56 comments - lena.bakes on March 3, 2025: "caption"".
 * The tags are not updated on in-app navigation, so a reading is only used when the
 * "(@handle)" it names is the page's handle.
 */
export interface ProfileMeta {
  handle: string | null;
  displayName: string | null;
  followers: Stat;
  following: Stat;
  postCount: Stat;
}

// " - ", " – ", " — ": what separates the counts from the sentence in every locale seen.
const DASH = /\s[-–—]\s/;

function countsPart(text: string): string[] {
  return (text.split(DASH)[0] ?? '').split(/[,،、]\s+/);
}

export function readProfileMeta(doc: Document, locale: string): ProfileMeta | null {
  const text = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  if (!text) return null;
  const handleMatch = /\(@([A-Za-z0-9._]{1,30})\)/.exec(text);
  const title = metaContent(doc, 'og:title');
  const nameMatch = title ? /^(.*?)\s*\(@[A-Za-z0-9._]{1,30}\)/.exec(title) : null;
  const [followers, following, posts] = countsPart(text);
  return {
    handle: handleMatch?.[1] ?? null,
    displayName: nameMatch?.[1]?.trim() || null,
    followers: statFromText(followers, 'meta', locale),
    following: statFromText(following, 'meta', locale),
    postCount: statFromText(posts, 'meta', locale),
  };
}

export interface PostMeta {
  likes: Stat;
  comments: Stat;
  author: string | null;
  caption: string | null;
}

export function readPostMeta(doc: Document, locale: string): PostMeta | null {
  const text = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  if (!text) return null;
  const [likes, comments] = countsPart(text);
  const rest = text.split(DASH).slice(1).join(' - ');
  const author = /^([A-Za-z0-9._]{1,30})\s/.exec(rest)?.[1] ?? null;
  const caption = /:\s*["“„](.*)["”“]\s*\.?$/s.exec(rest)?.[1] ?? null;
  return {
    likes: statFromText(likes, 'meta', locale),
    comments: statFromText(comments, 'meta', locale),
    author,
    caption,
  };
}

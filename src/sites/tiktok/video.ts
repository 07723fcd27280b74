import type { Comment, PageReading, Post } from '../../shared/model';
import { blockTextOf, COMMENTS_PER_READ, queryFirst, queryLast, textOf } from '../common/dom';
import { ownParts } from '../common/owner-parts';
import { readItems } from '../common/item-memo';
import { bool, get, str } from '../common/json';
import { mostExact, statFromText } from '../common/stat';
import {
  commentTimeFields,
  dayTime,
  postTimeFields,
  readTime,
  type ReadTime,
} from '../common/read-time';
import { hashtagsOf } from '../common/text';
import { DAY_IN_ANY_ZONE } from '../../shared/time-span';
import { itemAuthor, type TikTokData } from './embedded';
import { postFromItem } from './items';
import { TT } from './selectors';
import { videoIdFromUrl, videoUrl } from './urls';

/**
 * A video or photo page: itemStruct JSON (exact counts, caption, time) when it is this video,
 * then the data-e2e action bar ("12.3K"). Comments are only in the DOM (loaded on scroll).
 */
export function readVideo(
  doc: Document,
  url: URL,
  data: TikTokData,
  snap: PageReading,
  now: Date,
  locale: string,
): void {
  const id = videoIdFromUrl(url);
  if (!id || !snap.handle) return;
  const item = str(get(data.video, 'id')) === id ? data.video : null;
  const json = item ? postFromItem(item, data.rounded) : null;
  const root = queryFirst(doc, TT.video);
  const text = (selectors: readonly string[]) =>
    statFromText(textOf(queryFirst(root, selectors)), 'text', locale);
  const caption = json?.caption ?? blockTextOf(queryFirst(root, TT.videoDesc), 5000);
  const post: Post = {
    url: videoUrl(snap.handle, id, url.pathname.includes('/photo/')),
    views: mostExact(json?.views ?? null, text(TT.videoViews)),
    likes: mostExact(json?.likes ?? null, text(TT.videoLikes)),
    comments: mostExact(json?.comments ?? null, text(TT.videoComments)),
    pinned: json?.pinned ?? null,
    caption,
    hashtags: json?.hashtags.length ? json.hashtags : hashtagsOf(caption),
    ...(json?.postedAt
      ? { postedAt: json.postedAt }
      : postTimeFields(shownDate(textOf(queryFirst(root, TT.videoDate)), now, locale))),
    commentSample: readComments(root, now, locale),
  };
  const author = item ? get(item, 'author') : null;
  snap.handle = itemAuthor(item) ?? snap.handle;
  const shownName = textOf(queryFirst(root, TT.videoNickname), 200)?.split('·')[0]?.trim();
  snap.displayName =
    str(get(author, 'nickname')) ?? str(get(data.user, 'nickname')) ?? (shownName || null);
  snap.verified = bool(get(author, 'verified'));
  snap.posts = [post];
}

/**
 * TikTok shows a date as "3-14" (this year), "2023-3-14", or relative ("2d ago", "5h ago")
 * for recent ones, after the author's name and a middle dot (a post) or alone (a comment).
 * A date alone is a whole day, in the zone the page was shown in.
 */
function shownDate(label: string | null, now: Date, locale: string): ReadTime | null {
  if (!label) return null;
  const part = label.split('·').pop()?.trim() ?? '';
  const full = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(part);
  const short = /^(\d{1,2})-(\d{1,2})$/.exec(part);
  if (!full && !short) return readTime(null, part, now, locale);
  const [m, d] = (full ? [full[2], full[3]] : [short![1], short![2]]).map(Number) as [
    number,
    number,
  ];
  const year = full ? Number(full[1]) : now.getUTCFullYear();
  // A "month-day" later than today, in any zone, belongs to last year.
  const thisYear = Date.UTC(year, m - 1, d) - DAY_IN_ANY_ZONE.minutesBefore * 60_000;
  return dayTime(!full && thisYear > now.getTime() ? year - 1 : year, m, d, now);
}

function readComments(root: Element | null, now: Date, locale: string): Comment[] {
  const items = queryLast(root, TT.commentItem, COMMENTS_PER_READ);
  // Only comments not read before (or changed since) are looked up on the page.
  return readItems(items, locale, (missed) => {
    const parts = ownParts(missed, {
      text: TT.commentText,
      author: TT.commentAuthor,
      likes: TT.commentLikes,
      time: TT.commentTime,
    });
    return missed.map((item): Comment | null => {
      const part = parts.get(item);
      const textEl = part?.text?.[0];
      const href = part?.author?.[0]?.getAttribute('href') ?? '';
      const author = /^\/@([A-Za-z0-9._]{1,30})/.exec(href)?.[1];
      if (!author || !textEl) return null;
      return {
        author,
        text: blockTextOf(textEl, 2200) ?? '',
        likes: statFromText(textOf(part?.likes?.[0]), 'text', locale),
        ...commentTimeFields(shownDate(textOf(part?.time?.[0]), now, locale)),
      };
    });
  });
}

import type { Comment } from '../../shared/model';
import type { PageFill } from '../common/adapter';
import {
  attrOf,
  blockTextOf,
  COMMENTS_PER_READ,
  metaContent,
  queryFirst,
  queryLast,
  textOf,
} from '../common/dom';
import { ownParts } from '../common/owner-parts';
import { readItems } from '../common/item-memo';
import { arr, get, safeDecode, str } from '../common/json';
import { mostExact, statFromJson, statFromText } from '../common/stat';
import { commentTimeFields, postTimeFields, readTime } from '../common/read-time';
import { hashtagsOf } from '../common/text';
import { partnershipFields } from '../common/partnership';
import {
  collect,
  initialData,
  playerResponse,
  subscriberStat,
  textStat,
  ytText,
} from './initial-data';
import { YT } from './selectors';
import { videoIdFromUrl, watchUrl } from './urls';

/**
 * A watch (or Shorts) page: ytInitialPlayerResponse (exact views, publish date, description),
 * ytInitialData (like button label, owner, comment count), then the visible page.
 * Comments load on scroll and are read from the DOM only.
 */
const LIKE_KEYS = new Set(['likeButtonViewModel', 'toggleButtonRenderer']);

function likeLabel(primary: unknown): string | null {
  for (const [, button] of collect(get(primary, 'videoActions'), LIKE_KEYS)) {
    const path = [
      'toggleButtonViewModel',
      'toggleButtonViewModel',
      'defaultButtonViewModel',
      'buttonViewModel',
    ];
    const vm = get(button, ...path) ?? get(button, 'likeButtonViewModel', ...path);
    const label =
      str(get(vm, 'accessibilityText')) ??
      str(get(button, 'defaultText', 'accessibility', 'accessibilityData', 'label')) ??
      str(get(vm, 'title'));
    if (label) return label;
  }
  return null;
}

export const readWatch: PageFill = (doc, url, snap, now, locale) => {
  const id = videoIdFromUrl(url);
  if (!id) return;
  const playerRaw = playerResponse(doc);
  const player = get(playerRaw, 'videoDetails', 'videoId') === id ? playerRaw : null;
  const dataRaw = initialData(doc);
  const data =
    get(dataRaw, 'currentVideoEndpoint', 'watchEndpoint', 'videoId') === id ? dataRaw : null;
  const parts = arr(
    get(data, 'contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents'),
  );
  const primary = parts.map((p) => get(p, 'videoPrimaryInfoRenderer')).find(Boolean);
  const owner = parts
    .map((p) => get(p, 'videoSecondaryInfoRenderer', 'owner', 'videoOwnerRenderer'))
    .find(Boolean);
  const root = queryFirst(doc, YT.watch);
  const micro = get(player, 'microformat', 'playerMicroformatRenderer');

  const title = str(get(player, 'videoDetails', 'title')) ?? ytText(get(primary, 'title'));
  const description =
    str(get(player, 'videoDetails', 'shortDescription')) ??
    blockTextOf(queryFirst(root, YT.description2), 5000);
  const caption = [title, description].filter(Boolean).join('\n\n') || null;
  const ownerHref =
    str(get(owner, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl')) ??
    str(get(micro, 'ownerProfileUrl')) ??
    attrOf(queryFirst(root, YT.owner), 'href');
  const handle = /\/@([^/?#]+)/.exec(ownerHref ?? '')?.[1];

  snap.handle = handle ? safeDecode(handle) : snap.handle;
  snap.displayName = str(get(player, 'videoDetails', 'author')) ?? ytText(get(owner, 'title'));
  snap.verified = owner ? JSON.stringify(get(owner, 'badges') ?? []).includes('VERIFIED') : null;
  snap.followers = subscriberStat(
    mostExact(
      textStat(get(owner, 'subscriberCountText'), locale),
      statFromText(textOf(queryFirst(root, YT.ownerSubscribers)), 'text', locale),
    ),
  );
  snap.posts = [
    {
      url: watchUrl(id, url.pathname.startsWith('/shorts/')),
      views: mostExact(
        statFromJson(get(player, 'videoDetails', 'viewCount')),
        textStat(get(primary, 'viewCount', 'videoViewCountRenderer', 'viewCount'), locale),
        statFromText(metaContent(doc, 'interactionCount'), 'meta', locale),
        statFromText(textOf(queryFirst(root, YT.views)), 'text', locale),
      ),
      likes: mostExact(
        statFromText(likeLabel(primary), 'json', locale),
        statFromText(attrOf(queryFirst(root, YT.likeButton), 'aria-label'), 'attribute', locale),
      ),
      comments: mostExact(
        commentCount(data, locale),
        statFromText(textOf(queryFirst(root, YT.commentCount)), 'text', locale),
      ),
      pinned: null,
      caption: caption ? caption.slice(0, 5000) : null,
      hashtags: hashtagsOf(caption),
      ...postTimeFields(
        readTime(str(get(micro, 'publishDate')) ?? metaContent(doc, 'datePublished'), null, now),
      ),
      commentSample: readComments(root, now, locale),
      // "Includes paid promotion": the player response carries the overlay only when declared.
      ...partnershipFields(player ? !!get(player, 'paidContentOverlay') : null, []),
    },
  ];
};

/** The comments panel header ("1,204") in ytInitialData's engagement panels. */
function commentCount(data: unknown, locale: string) {
  for (const panel of arr(get(data, 'engagementPanels'))) {
    const section = get(panel, 'engagementPanelSectionListRenderer');
    if (get(section, 'panelIdentifier') !== 'engagement-panel-comments-section') continue;
    return textStat(
      get(section, 'header', 'engagementPanelTitleHeaderRenderer', 'contextualInfo'),
      locale,
    );
  }
  return null;
}

function readComments(root: Element | null, now: Date, locale: string): Comment[] {
  const comments = queryLast(root, YT.comment, COMMENTS_PER_READ);
  // Only comments not read before (or changed since) are looked up on the page.
  return readItems(comments, locale, (missed) => {
    const parts = ownParts(missed, {
      author: YT.commentAuthor,
      text: YT.commentText,
      likes: YT.commentLikes,
      time: YT.commentTime,
    });
    return missed.map((el): Comment | null => {
      const part = parts.get(el);
      const authorEl = part?.author?.[0];
      const href = attrOf(authorEl, 'href') ?? '';
      const author = /\/@([^/?#]+)/.exec(href)?.[1] ?? textOf(authorEl, 100)?.replace(/^@/, '');
      const text = blockTextOf(part?.text?.[0], 2200);
      if (!author || text === null) return null;
      return {
        author: safeDecode(author).slice(0, 100),
        text,
        likes: statFromText(textOf(part?.likes?.[0]), 'text', locale),
        ...commentTimeFields(readTime(null, textOf(part?.time?.[0], 100), now, locale)),
      };
    });
  });
}

// A response body the page's own script loaded, read here in the worker rather than on the
// page: validating it with zod in the content script cost the page 5 ms per response, most of
// it compiling zod and the parsers afresh on every page they ran on (bench, issue 11). Here
// they are compiled once per worker, and the page's main thread only hands the text over.
import { parseJson } from '../sites/common/json';
import type { Loaded } from '../sites/common/loaded';
import { instagramResponse } from '../sites/instagram/responses';
import { INSTAGRAM_SITE } from '../sites/instagram/site';
import { tiktokResponse } from '../sites/tiktok/responses';
import { TIKTOK_SITE } from '../sites/tiktok/site';
import { youtubeResponse } from '../sites/youtube/responses';
import { YOUTUBE_SITE } from '../sites/youtube/site';
import type { ContentToBackground } from '../shared/messages';
import { PAGE_DATA_PATHS } from '../shared/page-data';

type ResponseParser = (
  url: URL,
  body: unknown,
  page: URL,
  now: Date,
  locale: string,
) => Loaded | null;

const PARSERS: ReadonlyMap<string, ResponseParser> = new Map<string, ResponseParser>([
  [TIKTOK_SITE.host, (url, body) => tiktokResponse(url, body)],
  [INSTAGRAM_SITE.host, (url, body, page) => instagramResponse(url, body, page)],
  [YOUTUBE_SITE.host, youtubeResponse],
]);

type PageData = Extract<ContentToBackground, { type: 'content/pageData' }>;

function urlOf(text: string | null): URL | null {
  try {
    return text ? new URL(text) : null;
  } catch {
    return null;
  }
}

/** Some Instagram endpoints prefix their JSON with an infinite loop against JSON hijacking. */
const HIJACK_GUARD = 'for (;;);';

/**
 * The items of one body the page loaded, validated and bounded by its site's parser; null
 * when it is nothing of ours. The site is the one the sending content script runs on (the
 * browser says so, the page cannot), and the response must come from that same site. What
 * belongs to the creator on screen is decided by the content script, as for its DOM.
 */
export function readPageData(data: PageData, senderUrl: string | null, now: Date): Loaded | null {
  const [url, page, sender] = [urlOf(data.url), urlOf(data.page), urlOf(senderUrl)];
  if (!url || !page || !sender || url.protocol !== 'https:') return null;
  if (url.host !== sender.host || page.host !== sender.host) return null;
  const parse = PARSERS.get(sender.host);
  if (!parse || !PAGE_DATA_PATHS.test(url.pathname)) return null;
  const text = data.body.startsWith(HIJACK_GUARD)
    ? data.body.slice(HIJACK_GUARD.length)
    : data.body;
  const body = parseJson(text);
  if (body === null) return null;
  try {
    return parse(url, body, page, now, data.locale);
  } catch {
    // A body no parser foresaw costs only itself.
    return null;
  }
}

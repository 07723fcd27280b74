/**
 * The one channel between the main-world hook and the isolated capture script. Both bundles
 * import these constants, so the tag, the paths and the cap cannot drift apart.
 */

/** The CustomEvent type on `document`: specific enough that no page listens to it by chance. */
export const PAGE_DATA_EVENT = 'creator-vetting:page-data:v1';

/**
 * The capture script's "listening now" on `document`. It starts at document_idle, in a task
 * of its own: at document_start, creating its world fell inside the page's own parsing task.
 * Until this event the hook keeps what it would have passed on (MAX_WAITING_BODIES at most).
 */
export const CAPTURE_READY_EVENT = 'creator-vetting:capture-ready:v1';
export const MAX_WAITING_BODIES = 30;

/**
 * Response paths worth reading: TikTok's item list, comment list and user detail; Instagram's
 * GraphQL endpoints and web_profile_info; YouTube's browse and next. Nothing else is cloned.
 */
export const PAGE_DATA_PATHS =
  /^\/(?:api\/(?:post\/item_list|comment\/list|user\/detail|v1\/users\/web_profile_info|graphql)\/?|graphql\/query\/?|youtubei\/v1\/(?:browse|next))$/;

/** The port the capture scripts post bodies over; the worker routes only ports of this name. */
export const PAGE_DATA_PORT = 'creator-vetting:page-data:v1';

/** Bodies longer than this (characters) are not passed on: 4 MB is past any page of 30 items. */
export const MAX_BODY_CHARS = 4_000_000;

/**
 * Bodies longer than this go to the worker in pieces of this size: Chromium's cost of handing
 * a string over grows much faster than the string past ~100 KB (in a content script 60 KB took
 * 0.2 ms, 120 KB 0.8 ms, 300 KB 15 ms; YouTube's browse bodies run 200–300 KB).
 */
export const BODY_PIECE_CHARS = 60_000;
/** Pieces of one body at most (4 MB in 60 KB pieces). */
export const MAX_BODY_PIECES = Math.ceil(MAX_BODY_CHARS / BODY_PIECE_CHARS);

/** A body in pieces of BODY_PIECE_CHARS at most, never cutting a surrogate pair in two. */
export function bodyPieces(body: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < body.length;) {
    let end = Math.min(at + BODY_PIECE_CHARS, body.length);
    const last = body.charCodeAt(end - 1);
    if (end < body.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(body.slice(at, end));
    at = end;
  }
  return pieces;
}

/** A response URL or page address longer than this is not one the sites use. */
export const MAX_URL_CHARS = 4000;

/**
 * What crosses worlds is one string: the response URL, the page URL at response time and the
 * body, separated by newlines (URLs never contain one). Strings cross every browser's world
 * boundary unchanged; objects do not.
 */
export function packPageData(url: string, page: string, body: string): string {
  return `${url}\n${page}\n${body}`;
}

export function unpackPageData(detail: unknown): { url: URL; page: URL; body: string } | null {
  if (typeof detail !== 'string' || detail.length > MAX_BODY_CHARS + 4000) return null;
  const a = detail.indexOf('\n');
  const b = a < 0 ? -1 : detail.indexOf('\n', a + 1);
  if (b < 0) return null;
  try {
    const url = new URL(detail.slice(0, a));
    const page = new URL(detail.slice(a + 1, b));
    return PAGE_DATA_PATHS.test(url.pathname) ? { url, page, body: detail.slice(b + 1) } : null;
  } catch {
    return null;
  }
}

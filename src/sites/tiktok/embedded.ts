import { assignedJson, get, scriptJsonById } from '../common/json';

/**
 * TikTok's embedded page data in its three generations, normalised to one shape:
 * - 2023–2025 `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">`: __DEFAULT_SCOPE__
 *   ["webapp.user-detail"].userInfo.{user, stats, statsV2} and ["webapp.video-detail"].itemInfo.itemStruct;
 * - 2021–2023 `SIGI_STATE`: UserModule.users[handle], UserModule.stats[handle], ItemModule[id];
 * - 2019–2021 `__NEXT_DATA__`: props.pageProps.userInfo.{user, stats}, items[], itemInfo.itemStruct,
 *   whose counts TikTok pre-rounded to three digits (50.1M → 50100000).
 * It describes the page as first loaded: callers check the handle and video id first.
 */
export interface TikTokData {
  user: unknown;
  stats: unknown;
  items: unknown[];
  video: unknown;
  /** Counts rounded to three significant digits by TikTok (the __NEXT_DATA__ era). */
  rounded: boolean;
}

const EMPTY: TikTokData = { user: null, stats: null, items: [], video: null, rounded: false };

function universal(doc: Document): TikTokData | null {
  const scope = get(scriptJsonById(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__'), '__DEFAULT_SCOPE__');
  if (!scope) return null;
  const info = get(scope, 'webapp.user-detail', 'userInfo');
  const items = get(scope, 'webapp.user-detail', 'itemList');
  return {
    user: get(info, 'user') ?? null,
    stats: get(info, 'stats') ?? get(info, 'statsV2') ?? null,
    items: Array.isArray(items) ? items : [],
    video: get(scope, 'webapp.video-detail', 'itemInfo', 'itemStruct') ?? null,
    rounded: false,
  };
}

function sigi(doc: Document, handle: string | null, videoId: string | null): TikTokData | null {
  const state = scriptJsonById(doc, 'SIGI_STATE') ?? assignedJson(doc, 'SIGI_STATE');
  if (!state) return null;
  const itemModule = get(state, 'ItemModule');
  const items = itemModule && typeof itemModule === 'object' ? Object.values(itemModule) : [];
  return {
    user: handle ? (get(state, 'UserModule', 'users', handle) ?? null) : null,
    stats: handle ? (get(state, 'UserModule', 'stats', handle) ?? null) : null,
    items,
    video: videoId ? (get(itemModule, videoId) ?? null) : null,
    rounded: false,
  };
}

function nextData(doc: Document): TikTokData | null {
  const props = get(scriptJsonById(doc, '__NEXT_DATA__'), 'props', 'pageProps');
  if (!props) return null;
  const items = get(props, 'items');
  return {
    user: get(props, 'userInfo', 'user') ?? null,
    stats: get(props, 'userInfo', 'stats') ?? null,
    items: Array.isArray(items) ? items : [],
    video: get(props, 'itemInfo', 'itemStruct') ?? null,
    rounded: true,
  };
}

export function tiktokData(
  doc: Document,
  handle: string | null,
  videoId: string | null,
): TikTokData {
  return universal(doc) ?? sigi(doc, handle, videoId) ?? nextData(doc) ?? EMPTY;
}

/** The handle of an item's author: a string in SIGI_STATE, an object elsewhere. */
export function itemAuthor(item: unknown): string | null {
  const author = get(item, 'author');
  const name = typeof author === 'string' ? author : get(author, 'uniqueId');
  return typeof name === 'string' ? name : null;
}

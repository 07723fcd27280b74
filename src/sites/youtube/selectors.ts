/**
 * Every YouTube selector in one place, newest alternative first. YouTube's custom element
 * names (ytd-…, yt-…-view-model) and element ids are its most stable hooks. Ids repeat once
 * per tile and comment ("#author-text" × 2,000), and Chromium resolves "#id" inside an element
 * by scanning every element with that id, so per-item selectors use [id="…"] instead.
 */
export const YT = {
  /** Channel header: 2024–2025 page header view model; 2018–2023 c4 tabbed header. */
  header: [
    'yt-page-header-view-model',
    'yt-page-header-renderer',
    'ytd-c4-tabbed-header-renderer',
    '#channel-header',
  ],
  name: [
    'yt-dynamic-text-view-model h1',
    'h1 .yt-core-attributed-string',
    '#channel-name #text',
    '#channel-name',
  ],
  /** 2024–2025: metadata rows ("@handle" / "121K subscribers • 342 videos"). */
  metadataRows: ['[class*="content-metadata-view-model"][class*="metadata-row"]'],
  metadataParts: ['span.yt-core-attributed-string', 'span[role="text"]'],
  /** 2018–2023 header counts. */
  subscribers: ['#subscriber-count', 'yt-formatted-string#subscriber-count'],
  videosCount: ['#videos-count'],
  handle: ['#channel-handle'],
  description: ['yt-description-preview-view-model', '#channel-tagline', '#description-container'],
  link: ['yt-attribution-view-model a', '#primary-links a', '#links-holder a'],
  verified: [
    '.badge-style-type-verified',
    '.badge-style-type-verified-artist',
    'yt-dynamic-text-view-model [class*="image-element"]',
    '[aria-label="Verified"]',
  ],
  /** Grid tiles (2024–2025 lockups, 2020–2023 rich items and grid videos). */
  tiles: [
    'ytd-rich-item-renderer',
    'ytd-grid-video-renderer',
    'yt-lockup-view-model',
    'ytm-shorts-lockup-view-model',
  ],
  tileLink: [
    'a[id="video-title-link"]',
    'a[id="video-title"]',
    'a[href^="/watch?v="]',
    'a[href^="/shorts/"]',
  ],
  tileMetadata: [
    '[id="metadata-line"] span.inline-metadata-item',
    '[id="metadata-line"] span',
    '[class*="metadata-text"]',
  ],
  /** Watch page. */
  watch: ['ytd-watch-flexy', 'ytd-watch-grid', '#page-manager', 'body'],
  owner: [
    'ytd-video-owner-renderer a[href^="/@"]',
    '#owner a[href^="/@"]',
    '#upload-info a[href^="/@"]',
  ],
  ownerSubscribers: ['#owner-sub-count', 'ytd-video-owner-renderer #owner-sub-count'],
  likeButton: [
    'like-button-view-model button[aria-label]',
    '#segmented-like-button button[aria-label]',
    'ytd-toggle-button-renderer button[aria-label]',
  ],
  views: [
    'ytd-watch-info-text #info span:first-child',
    '#info-container #info span:first-child',
    '#count .view-count',
  ],
  commentCount: [
    'ytd-comments-header-renderer #count span:first-child',
    'ytd-comments-header-renderer #count',
  ],
  description2: [
    'ytd-text-inline-expander #plain-snippet-text',
    '#description-inline-expander',
    '#description',
  ],
  /** Comments: 2024–2025 ytd-comment-view-model; 2018–2023 ytd-comment-renderer. */
  comment: ['ytd-comment-view-model', 'ytd-comment-renderer'],
  commentAuthor: ['[id="author-text"]', 'h3 a[href^="/@"]'],
  commentText: ['[id="content-text"]'],
  commentLikes: ['[id="vote-count-middle"]'],
  commentTime: [
    '[id="published-time-text"] a',
    '.published-time-text a',
    '[id="published-time-text"]',
  ],
} as const;

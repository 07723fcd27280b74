/**
 * Every Instagram selector in one place. Each entry lists alternatives newest first; the
 * readers try them in order. Instagram's class names are generated (x1lliihq, _ap3a…) and
 * change every few weeks, so links, roles and attributes come first and classes last.
 */
export const IG = {
  /** Profile header (2019–2025: one <header> in <main>). */
  header: ['main header', 'header'],
  /** Link to the followers list inside the header: its row also holds posts and following. */
  followersLink: ['a[href$="/followers/"]', 'a[href*="/followers"]'],
  followingLink: ['a[href$="/following/"]', 'a[href*="/following"]'],
  /** Stats items when no links exist (logged out, private): 2019–2024 <ul><li>. */
  statItems: ['header section ul > li', 'header ul > li'],
  /** Exact count in the title attribute (followers, 2021–2025): title="8,412". */
  exactTitle: ['span[title]'],
  /** Verified badge next to the handle (2023–2025: aria-label; 2020–2022: span title). */
  verified: [
    'svg[aria-label="Verified"]',
    '[title="Verified"]',
    'svg[viewBox="0 0 40 40"]',
    '.coreSpriteVerifiedBadge',
  ],
  /** Bio: 2024–2025 span with these classes; 2022–2023 <h1 dir=auto>; 2019–2021 div.-vDIg > span
   * (there the <h1> is the display name, so a bare "header h1" would be wrong). */
  bio: [
    'header span._ap3a._aaco._aacu._aacx._aad7._aade[dir="auto"]',
    'header section h1[dir="auto"]',
    'header .-vDIg > span',
  ],
  /** Display name: 2024–2025 first span[dir=auto] of the info block; 2019–2023 h1/h2 title. */
  displayName: [
    'header section span.x1lliihq[dir="auto"]',
    'header section > div h1._aacl',
    'header .rhpdm',
  ],
  /** External link, routed through Instagram's redirector (2019–2025). */
  externalLink: [
    'header a[href*="l.instagram.com"]',
    'header a[rel~="me"]',
    'header a[target="_blank"]',
  ],
  /** The profile's own content (a post opened over it sits in a dialog outside <main>). */
  main: ['main', '[role="main"]'],
  /** Grid tiles on a profile (2019–2025: links to posts and reels), inside `main`. */
  gridLinks: ['a[href*="/p/"], a[href*="/reel/"]'],
  /** Pinned icon on a tile (2022–2025). */
  pinned: ['svg[aria-label*="inned"]', '[aria-label*="Pinned"]'],
  /** Reels tab view counts on a tile (2023–2025). The hover overlay (ul > li: likes, comments)
   * has kept one shape since 2019, so grid.ts reads it directly. */
  tileViews: ['svg[aria-label*="iew"] + span', 'span[data-views]'],
  /** Post page: the post container (2023–2025 dialog/page; 2019–2022 <article>). */
  post: ['main article', 'article[role="presentation"]', 'main', 'div[role="dialog"] article'],
  postAuthor: ['header a[role="link"][href^="/"]', 'header a[href^="/"]'],
  postCaption: [
    'h1._ap3a[dir="auto"]',
    'h1[dir="auto"]',
    'ul li div._a9zs span',
    'span._aacl._aaco',
  ],
  postTime: ['time[datetime]'],
  /** Like count: 2024–2025 link to /liked_by/; 2019–2023 section button span. */
  postLikes: [
    'a[href$="/liked_by/"]',
    'section a[href*="liked_by"]',
    'section div > span > a span',
  ],
  postViews: ['span[data-views]', 'section span[class*="views"]'],
  /** One comment per permalink: comment times link to /p/<code>/c/<id>/ (2023–2025). */
  commentPermalink: ['a[href*="/c/"] time', 'ul._a9ym time', 'ul ul time'],
  /** Followers dialog (2019–2025): role=dialog, entries link to profiles. */
  dialog: ['div[role="dialog"]'],
  /** Story viewer count on the owner's own story ("Seen by 1,234", 2018–2025). */
  storySeenBy: [
    '[aria-label*="Seen by"]',
    'section button span',
    'section div[role="button"] span',
  ],
} as const;

/** "Seen by" in the languages marketers use most; the count itself is parsed per locale. */
export const SEEN_BY =
  /seen by|gesehen von|visto por|vu par|vista da|visualizzat|görüntüleyen|dilihat oleh/i;

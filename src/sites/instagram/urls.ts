import type { PageKind } from '../../shared/model';
import { INSTAGRAM_SITE } from './site';

/**
 * Instagram page kinds from the URL alone (pure; tested against lists of URLs).
 * Profiles live at /<handle>/ with tabs (/reels/, /tagged/); posts at /p/<code>/, /reel/<code>/,
 * /tv/<code>/ and, since 2025, also /<handle>/p/<code>/ and /<handle>/reel/<code>/.
 */
const HOSTS = new Set<string>([INSTAGRAM_SITE.host, ...INSTAGRAM_SITE.otherHosts]);
// First path segments that are site sections, not handles.
const RESERVED = new Set([
  'explore',
  'accounts',
  'direct',
  'reels',
  'stories',
  'p',
  'reel',
  'tv',
  'about',
  'legal',
  'developer',
  'web',
  'challenge',
  'emails',
  'privacy',
  'terms',
  'session',
  'api',
  'graphql',
  'static',
  'oauth',
  'nametag',
  'create',
  'ar',
  'lite',
  'topics',
  'your_activity',
  'threads',
  'popular',
  'locations',
  'directory',
  'meta',
  'download',
  'insights',
]);
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;
const PROFILE_TABS = new Set([
  'reels',
  'tagged',
  'saved',
  'following',
  'guides',
  'channel',
  'feed',
]);
const POST_PATHS = new Set(['p', 'reel', 'reels', 'tv']);
const CODE = /^[A-Za-z0-9_-]{5,64}$/;

function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

export function isHandle(segment: string | undefined): segment is string {
  return !!segment && HANDLE.test(segment) && !RESERVED.has(segment.toLowerCase());
}

export function detectInstagram(url: URL): PageKind {
  if (!HOSTS.has(url.hostname)) return 'other';
  const [a, b, c, d] = segments(url);
  if (a === 'stories' && b && c) return 'story';
  if (a && POST_PATHS.has(a) && a !== 'reels' && CODE.test(b ?? '') && !c) return 'post';
  if (!isHandle(a)) return 'other';
  if (!b) return 'profile';
  if (b === 'followers' && !c) return 'followers';
  if (POST_PATHS.has(b) && b !== 'reels' && CODE.test(c ?? '') && !d) return 'post';
  return PROFILE_TABS.has(b) && !c ? 'profile' : 'other';
}

/** The account a profile, followers list, story or /<handle>/p/ URL belongs to. */
export function handleFromUrl(url: URL): string | null {
  const [a, b] = segments(url);
  if (a === 'stories') return isHandle(b) && b !== 'highlights' ? b : null;
  return isHandle(a) ? a : null;
}

/** The post's short code ("C4xYz…"), for matching the embedded data to the page. */
export function postCode(url: URL): string | null {
  const parts = segments(url);
  const at = parts.findIndex((p) => POST_PATHS.has(p));
  const code = at >= 0 ? parts[at + 1] : undefined;
  return code && CODE.test(code) ? code : null;
}

/** [short code, is reel] of a post link ("/lena.bakes/p/C7k…/", "https://…/reel/C7k…/"). */
export function codeFromHref(href: string): [string, boolean] | null {
  const m = /\/(p|reel|tv)\/([A-Za-z0-9_-]{5,64})\/?$/.exec(href.split(/[?#]/)[0] ?? '');
  return m ? [m[2]!, m[1] === 'reel'] : null;
}

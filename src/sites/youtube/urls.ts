import type { PageKind } from '../../shared/model';
import { YOUTUBE_SITE } from './site';

/**
 * YouTube page kinds from the URL alone. Channels: /@handle, /channel/UC…, /c/name, /user/name,
 * each with tabs (/videos, /shorts…); videos: /watch?v=<id>, /shorts/<id>, /live/<id>.
 */
const TABS = new Set([
  'featured',
  'videos',
  'shorts',
  'streams',
  'podcasts',
  'releases',
  'playlists',
  'community',
  'posts',
  'about',
  'store',
  'courses',
]);
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
// Handles may use letters of any script since 2022 ("@Timüller").
const HANDLE = /^@([\p{L}\p{N}\p{M}._·-]{3,30})$/u;

// The site's own host, and the bare domain a pasted address may use.
const HOSTS = new Set<string>([YOUTUBE_SITE.host, ...YOUTUBE_SITE.otherHosts]);

function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s; // a malformed escape: keep the raw segment rather than throw
      }
    });
}

/** The channel part of a channel URL: ["@handle"] or ["channel", "UC…"], and what follows. */
function channelPath(url: URL): { key: string[]; rest: string[] } | null {
  const parts = segments(url);
  const [a, b] = parts;
  if (a && HANDLE.test(a)) return { key: [a], rest: parts.slice(1) };
  if (
    (a === 'channel' && /^UC[A-Za-z0-9_-]{22}$/.test(b ?? '')) ||
    ((a === 'c' || a === 'user') && b)
  ) {
    return { key: [a, b!], rest: parts.slice(2) };
  }
  return null;
}

export function detectYoutube(url: URL): PageKind {
  if (!HOSTS.has(url.hostname)) return 'other';
  const parts = segments(url);
  if (parts[0] === 'watch' && parts.length === 1 && VIDEO_ID.test(url.searchParams.get('v') ?? ''))
    return 'post';
  if (
    (parts[0] === 'shorts' || parts[0] === 'live') &&
    VIDEO_ID.test(parts[1] ?? '') &&
    parts.length === 2
  )
    return 'post';
  const channel = channelPath(url);
  if (!channel) return 'other';
  const [tab, more] = channel.rest;
  return !tab || (TABS.has(tab) && !more) ? 'profile' : 'other';
}

/** "@handle" URLs name the handle (stored without "@"); other channel URLs do not. */
export function handleFromUrl(url: URL): string | null {
  return HANDLE.exec(segments(url)[0] ?? '')?.[1] ?? null;
}

export function channelIdFromUrl(url: URL): string | null {
  const [a, b] = segments(url);
  return a === 'channel' && b ? b : null;
}

export function videoIdFromUrl(url: URL): string | null {
  const parts = segments(url);
  const id = parts[0] === 'watch' ? url.searchParams.get('v') : parts[1];
  return id && VIDEO_ID.test(id) ? id : null;
}

export function watchUrl(id: string, short = false): string {
  return short ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`;
}

/** [video id, is Short] of a watch or Shorts link, from the href string alone. */
export function idFromHref(href: string): [string, boolean] | null {
  const m =
    /^(?:https:\/\/www\.youtube\.com)?\/(?:watch\?(?:[^#]*&)?v=|(shorts)\/)([\w-]{11})(?![\w-])/.exec(
      href,
    );
  return m ? [m[2]!, !!m[1]] : null;
}

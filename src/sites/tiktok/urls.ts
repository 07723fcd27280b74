import type { PageKind } from '../../shared/model';
import { TIKTOK_SITE } from './site';

/**
 * TikTok page kinds from the URL alone. Profiles are /@<handle>; videos /@<handle>/video/<id>,
 * photo posts /@<handle>/photo/<id>. The followers list opens as a popup over the profile
 * without changing the URL, so it is read on profile pages when present.
 */
const HANDLE = /^@([A-Za-z0-9._]{1,30})$/;
const ID = /^\d{6,25}$/;

// The site's own host, and the bare domain a pasted address may use.
const HOSTS = new Set<string>([TIKTOK_SITE.host, ...TIKTOK_SITE.otherHosts]);

function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

export function detectTiktok(url: URL): PageKind {
  if (!HOSTS.has(url.hostname)) return 'other';
  const [a, b, c, d] = segments(url);
  if (!a || !HANDLE.test(a)) return 'other';
  if (!b) return 'profile';
  if ((b === 'video' || b === 'photo') && ID.test(c ?? '') && !d) return 'post';
  return 'other';
}

export function handleFromUrl(url: URL): string | null {
  return HANDLE.exec(segments(url)[0] ?? '')?.[1] ?? null;
}

export function videoIdFromUrl(url: URL): string | null {
  const id = segments(url)[2];
  return id && ID.test(id) ? id : null;
}

export function videoUrl(handle: string, id: string, photo = false): string {
  return `https://www.tiktok.com/@${handle}/${photo ? 'photo' : 'video'}/${id}`;
}

/** [video id, is photo] of a video link, from the href string alone. */
export function idFromHref(href: string): [string, boolean] | null {
  const m = /\/@[^/]+\/(video|photo)\/(\d{6,25})(?:[/?#]|$)/.exec(href);
  return m ? [m[2]!, m[1] === 'photo'] : null;
}

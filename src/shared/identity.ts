import type { Platform } from './model';
import { creatorId } from './reading-factory';

/**
 * Who a creator is, checked the same way wherever a handle comes from a file: the id is
 * always derived from platform and handle, and the profile address always points to the
 * platform's own site. Zod-free, so any bundle may use it.
 */
const HANDLE: Record<Platform, RegExp> = {
  instagram: /^[A-Za-z0-9._]{1,30}$/,
  tiktok: /^[A-Za-z0-9._]{1,30}$/,
  // Handles of any script since 2022; a channel without a handle is known by its UC… id.
  youtube: /^(?:[\p{L}\p{N}\p{M}._·-]{3,30}|UC[A-Za-z0-9_-]{22})$/u,
};

const RULE: Record<Platform, string> = {
  instagram: 'letters, digits, "." and "_", at most 30',
  tiktok: 'letters, digits, "." and "_", at most 30',
  youtube: 'letters, digits, ".", "_", "-" and "·", 3 to 30 (or a channel id UC…)',
};

const SITE: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
};

/** " @alice " → "alice": spaces around it and one leading "@" go. */
export function cleanHandle(raw: string): string {
  return raw.trim().replace(/^@/, '').trim().normalize('NFC');
}

/** Why `handle` (already cleaned) is not a handle on `platform`, or null when it is. */
export function handleProblem(platform: Platform, handle: string): string | null {
  if (HANDLE[platform].test(handle)) return null;
  return `"${handle}" is not a ${SITE[platform]} handle (${RULE[platform]}).`;
}

/** The profile page of a handle on its platform. */
export function profileUrlOf(platform: Platform, handle: string): string {
  if (platform === 'instagram') return `https://www.instagram.com/${handle}/`;
  if (platform === 'tiktok') return `https://www.tiktok.com/@${handle}`;
  return /^UC[A-Za-z0-9_-]{22}$/.test(handle)
    ? `https://www.youtube.com/channel/${handle}`
    : `https://www.youtube.com/@${handle}`;
}

const HOST: Record<Platform, string> = {
  instagram: 'www.instagram.com',
  tiktok: 'www.tiktok.com',
  youtube: 'www.youtube.com',
};

/** True when `url` is this creator's page on the platform's own site (any tab of it). */
export function isOwnProfileUrl(platform: Platform, handle: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.host !== HOST[platform]) return false;
  if (parsed.username || parsed.password) return false;
  const own = new URL(profileUrlOf(platform, handle)).pathname.replace(/\/$/, '').toLowerCase();
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname).toLowerCase();
  } catch {
    return false;
  }
  const ownDecoded = decodeURIComponent(own);
  // A YouTube channel page known by its id is the same creator's page on the same site.
  const channel = platform === 'youtube' && /^\/channel\/uc[a-z0-9_-]{22}(\/|$)/.test(path);
  return channel || path === ownDecoded || path.startsWith(`${ownDecoded}/`);
}

/** A creator as read from a file: clean handle, derived id, an address on its own site. */
export function checkedIdentity(
  platform: Platform,
  rawHandle: string,
  fileUrl: string,
): { handle: string; id: string; profileUrl: string } | { problem: string } {
  const handle = cleanHandle(rawHandle);
  const problem = handleProblem(platform, handle);
  if (problem) return { problem };
  const profileUrl = isOwnProfileUrl(platform, handle, fileUrl)
    ? fileUrl
    : profileUrlOf(platform, handle);
  return { handle, id: creatorId(platform, handle), profileUrl };
}

import type { Platform } from './model';
import { siteOf } from '../sites/table';
import { creatorId } from './reading-factory';

/*
 * Who a creator is, checked the same way wherever a handle comes from a file: the id is
 * always derived from platform and handle, and the profile address always points to the
 * platform's own site. Zod-free, so any bundle may use it.
 */

/** " @alice " → "alice": spaces around it and one leading "@" go. */
function cleanHandle(raw: string): string {
  return raw.trim().replace(/^@/, '').trim().normalize('NFC');
}

/** Why `handle` (already cleaned) is not a handle on `platform`, or null when it is. */
function handleProblem(platform: Platform, handle: string): string | null {
  const site = siteOf(platform);
  if (site.handle.pattern.test(handle)) return null;
  return `"${handle}" is not a ${site.label} handle (${site.handle.rule}).`;
}

/** The profile page of a handle on its platform. */
export const profileUrlOf = (platform: Platform, handle: string): string =>
  siteOf(platform).profileUrl(handle);

/** True when `url` is this creator's page on the platform's own site (any tab of it). */
export function isOwnProfileUrl(platform: Platform, handle: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.host !== siteOf(platform).host) return false;
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

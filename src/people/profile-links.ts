import { handleProblem } from '../shared/identity';
import type { Platform } from '../shared/model';

/** An account on one of the three sites, as a bio names it. */
export interface AccountRef {
  platform: Platform;
  handle: string;
}

// Written with or without scheme and "www." / "m.": "youtube.com/@noorcooks",
// "https://m.youtube.com/@noor", "instagram.com/noor.cooks/", "tiktok.com/@noor".
const LINK =
  /(?:https?:\/\/)?(?:(?:www|m|vm)\.)?(instagram\.com|instagr\.am|tiktok\.com|youtube\.com)\/(@?[\p{L}\p{N}\p{M}._·-]+)(?:\/(UC[A-Za-z0-9_-]{22}))?/giu;

// Paths of the sites that are pages, not accounts.
const NOT_ACCOUNTS = new Set(
  'p reel reels tv stories explore accounts about developer legal direct watch shorts results playlist feed c user embed video music tag discover'.split(
    ' ',
  ),
);

function accountOf(site: string, first: string, channelId: string | undefined): AccountRef | null {
  const host = site.toLowerCase();
  if (host === 'youtube.com') {
    if (first.toLowerCase() === 'channel' && channelId)
      return { platform: 'youtube', handle: channelId };
    if (!first.startsWith('@')) return null;
    return { platform: 'youtube', handle: first.slice(1) };
  }
  if (host === 'tiktok.com') {
    return first.startsWith('@') ? { platform: 'tiktok', handle: first.slice(1) } : null;
  }
  if (first.startsWith('@') || NOT_ACCOUNTS.has(first.toLowerCase())) return null;
  return { platform: 'instagram', handle: first };
}

/**
 * The accounts on Instagram, TikTok and YouTube that a bio, a channel description or the bio
 * link names. Read from the text only; nothing is opened. Trailing dots (end of a sentence)
 * are not part of a handle.
 */
export function profileLinksIn(...texts: ReadonlyArray<string | null | undefined>): AccountRef[] {
  const out = new Map<string, AccountRef>();
  for (const text of texts) {
    if (!text) continue;
    for (const m of text.normalize('NFC').matchAll(LINK)) {
      const first = m[2]!.replace(/[.·-]+$/, '');
      const ref = accountOf(m[1]!, first, m[3]);
      if (!ref || handleProblem(ref.platform, ref.handle)) continue;
      out.set(`${ref.platform}:${ref.handle.toLowerCase()}`, ref);
    }
  }
  return [...out.values()];
}

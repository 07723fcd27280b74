import type { Platform } from '../shared/model';
import type { SiteRow } from '../sites/site-row';
import { SITES } from '../sites/table';

/** An account on one of the sites, as a bio names it. */
export interface AccountRef<P extends string = Platform> {
  platform: P;
  handle: string;
}

const escape = (host: string) => host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEGMENT = '(@?[\\p{L}\\p{N}\\p{M}._·-]+)';

/**
 * A reader of the accounts that bios name on the given sites: every host and path rule comes
 * from the site table, so a new row is read with no edit here (test/people/profile-links).
 */
export function profileLinkReader<S extends Pick<SiteRow, 'id' | 'handle' | 'bioLinks'>>(
  sites: readonly S[],
) {
  const byHost = new Map(sites.flatMap((s) => s.bioLinks.hosts.map((h) => [h, s] as const)));
  const hosts = [...byHost.keys()].map(escape).join('|');
  // Written with or without scheme and "www." / "m.": "youtube.com/@noorcooks",
  // "https://m.youtube.com/@noor", "instagram.com/noor.cooks/", "tiktok.com/@noor".
  const link = new RegExp(
    `(?:https?:\\/\\/)?(?:(?:www|m|vm)\\.)?(${hosts})\\/${SEGMENT}(?:\\/${SEGMENT})?`,
    'giu',
  );
  /**
   * The accounts that a bio, a channel description or the bio link names. Read from the text
   * only; nothing is opened. Trailing dots (end of a sentence) are not part of a handle.
   */
  return (...texts: ReadonlyArray<string | null | undefined>): Array<AccountRef<S['id']>> => {
    const out = new Map<string, AccountRef<S['id']>>();
    for (const text of texts) {
      if (!text) continue;
      for (const m of text.normalize('NFC').matchAll(link)) {
        const site = byHost.get(m[1]!.toLowerCase())!;
        const handle = site.bioLinks.account(m[2]!.replace(/[.·-]+$/, ''), m[3] ?? null);
        if (!handle || !site.handle.pattern.test(handle)) continue;
        out.set(`${site.id}:${handle.toLowerCase()}`, { platform: site.id, handle });
      }
    }
    return [...out.values()];
  };
}

/** The accounts on the extension's sites that the texts name. */
export const profileLinksIn = profileLinkReader(SITES);

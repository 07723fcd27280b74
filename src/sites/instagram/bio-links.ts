import type { SiteRow } from '../site-row';

// Paths of the sites that are pages, not accounts.
const NOT_ACCOUNTS = new Set(
  'p reel reels tv stories explore accounts about developer legal direct watch shorts results playlist feed c user embed video music tag discover'.split(
    ' ',
  ),
);

/** "instagram.com/noor.cooks/" names an account; "instagram.com/p/…" is a post. */
export const INSTAGRAM_BIO_LINKS: SiteRow['bioLinks'] = {
  hosts: ['instagram.com', 'instagr.am'],
  account: (first) =>
    first.startsWith('@') || NOT_ACCOUNTS.has(first.toLowerCase()) ? null : first,
};

import type { SiteRow } from '../site-row';

/** "tiktok.com/@noor" names an account; "tiktok.com/discover" is a page. */
export const TIKTOK_BIO_LINKS: SiteRow['bioLinks'] = {
  hosts: ['tiktok.com'],
  account: (first) => (first.startsWith('@') ? first.slice(1) : null),
};

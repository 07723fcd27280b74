import type { SiteRow } from '../site-row';

const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}/;

/**
 * "youtube.com/@noor" and "youtube.com/channel/UC…" name a channel; /watch, /shorts and
 * /results are pages.
 */
export const YOUTUBE_BIO_LINKS: SiteRow['bioLinks'] = {
  hosts: ['youtube.com'],
  account: (first, second) => {
    if (first.toLowerCase() === 'channel') return CHANNEL_ID.exec(second ?? '')?.[0] ?? null;
    return first.startsWith('@') ? first.slice(1) : null;
  },
};

import { defineAdapter } from '../common/adapter';
import { queryFirst } from '../common/dom';
import { readChannel } from './channel';
import { YT } from './selectors';
import { detectYoutube, handleFromUrl } from './urls';
import { readWatch } from './watch';
import { YOUTUBE_SITE } from './site';

/** YouTube: channel pages (any tab) and watch/Shorts pages. */
export const youtube = defineAdapter({
  platform: YOUTUBE_SITE.id,
  hosts: [YOUTUBE_SITE.host],
  detect: detectYoutube,
  handleOf: handleFromUrl,
  fill(doc, url, snap, now, locale) {
    if (snap.kind === 'profile') readChannel(doc, url, snap, now, locale);
    if (snap.kind === 'post') readWatch(doc, url, snap, now, locale);
  },
  statsRegion(doc, url) {
    return detectYoutube(url) === 'post'
      ? queryFirst(doc, ['#above-the-fold', ...YT.watch])
      : queryFirst(doc, YT.header);
  },
});

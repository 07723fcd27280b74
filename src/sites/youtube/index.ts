import { defineAdapter } from '../common/adapter';
import { queryFirst } from '../common/dom';
import { readChannel } from './channel';
import { YT } from './selectors';
import { detectYoutube, handleFromUrl } from './urls';
import { readWatch } from './watch';

/** YouTube: channel pages (any tab) and watch/Shorts pages. */
export const youtube = defineAdapter({
  platform: 'youtube',
  hosts: ['www.youtube.com'],
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

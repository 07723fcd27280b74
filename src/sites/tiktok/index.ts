import { defineAdapter } from '../common/adapter';
import { queryFirst } from '../common/dom';
import { tiktokData } from './embedded';
import { readFollowers } from './followers';
import { readProfile } from './profile';
import { TT } from './selectors';
import { detectTiktok, handleFromUrl, videoIdFromUrl } from './urls';
import { readVideo } from './video';
import { TIKTOK_SITE } from './site';

/** TikTok: profile (with the followers popup when open) and video/photo pages. */
export const tiktok = defineAdapter({
  platform: TIKTOK_SITE.id,
  hosts: [TIKTOK_SITE.host],
  detect: detectTiktok,
  handleOf: handleFromUrl,
  fill(doc, url, snap, now, locale) {
    const handle = snap.handle;
    if (!handle) return;
    const data = tiktokData(doc, handle, videoIdFromUrl(url));
    if (snap.kind === 'profile') {
      readProfile(doc, handle, data, snap, locale);
      snap.followersList = readFollowers(doc);
    }
    if (snap.kind === 'post') readVideo(doc, url, data, snap, now, locale);
  },
  statsRegion(doc, url) {
    return detectTiktok(url) === 'post' ? queryFirst(doc, TT.video) : queryFirst(doc, TT.header);
  },
});

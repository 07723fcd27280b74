import { emptySnapshot, type PageSnapshot } from '../../shared/model';
import type { SiteAdapter } from '../types';
import { pageLocale, queryFirst } from '../common/dom';
import { tiktokData } from './embedded';
import { readFollowers } from './followers';
import { readProfile } from './profile';
import { TT } from './selectors';
import { detectTiktok, handleFromUrl, videoIdFromUrl } from './urls';
import { readVideo } from './video';

/** TikTok: profile (with the followers popup when open) and video/photo pages. */
export const tiktok: SiteAdapter = {
  platform: 'tiktok',
  hosts: ['www.tiktok.com'],
  detect: detectTiktok,
  read(doc: Document, url: URL, now: Date): PageSnapshot {
    const kind = detectTiktok(url);
    const snap = emptySnapshot('tiktok', kind, url.href, now);
    const handle = handleFromUrl(url);
    snap.handle = handle;
    if (!handle || kind === 'other') return snap;
    try {
      const locale = pageLocale(doc);
      const data = tiktokData(doc, handle, videoIdFromUrl(url));
      if (kind === 'profile') {
        readProfile(doc, handle, data, snap, locale);
        snap.followersList = readFollowers(doc);
      }
      if (kind === 'post') readVideo(doc, url, data, snap, now, locale);
    } catch {
      // An unexpected page shape: keep what was read; the rest stays "not visible".
    }
    return snap;
  },
  statsRegion(doc: Document, url: URL): Element | null {
    return detectTiktok(url) === 'post' ? queryFirst(doc, TT.video) : queryFirst(doc, TT.header);
  },
};

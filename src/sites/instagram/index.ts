import { emptySnapshot, type PageSnapshot } from '../../shared/model';
import type { SiteAdapter } from '../types';
import { pageLocale, queryFirst } from '../common/dom';
import { readFollowers } from './followers';
import { readPost } from './post';
import { readProfile } from './profile';
import { IG } from './selectors';
import { readStoryViews } from './story';
import { detectInstagram, handleFromUrl } from './urls';

/** Instagram: profile, post/reel, followers dialog and the owner's story viewer count. */
export const instagram: SiteAdapter = {
  platform: 'instagram',
  hosts: ['www.instagram.com'],
  detect: detectInstagram,
  read(doc: Document, url: URL, now: Date): PageSnapshot {
    const kind = detectInstagram(url);
    const snap = emptySnapshot('instagram', kind, url.href, now);
    const handle = handleFromUrl(url);
    snap.handle = handle;
    try {
      const locale = pageLocale(doc);
      if (kind === 'profile' && handle) readProfile(doc, handle, snap, locale);
      if (kind === 'followers' && handle) {
        // The dialog opens over the profile, whose header stays readable underneath.
        readProfile(doc, handle, snap, locale);
        snap.followersList = readFollowers(doc);
      }
      if (kind === 'post') readPost(doc, url, snap, now, locale);
      if (kind === 'story') snap.storyViews = readStoryViews(doc, locale);
    } catch {
      // A page shape no reader expected: keep what was read; the rest stays "not visible".
    }
    return snap;
  },
  statsRegion(doc: Document, url: URL): Element | null {
    const kind = detectInstagram(url);
    if (kind === 'post') return queryFirst(doc, IG.post);
    if (kind === 'followers') return queryFirst(doc, IG.dialog) ?? queryFirst(doc, IG.header);
    if (kind === 'story') return doc.querySelector('section') ?? doc.body;
    return queryFirst(doc, IG.header);
  },
};

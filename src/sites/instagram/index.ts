import { defineAdapter } from '../common/adapter';
import { queryFirst } from '../common/dom';
import { readFollowers } from './followers';
import { readPost } from './post';
import { readProfile } from './profile';
import { IG } from './selectors';
import { readStoryViews } from './story';
import { detectInstagram, handleFromUrl } from './urls';
import { INSTAGRAM_SITE } from './site';

/** Instagram: profile, post/reel, followers dialog and the owner's story viewer count. */
export const instagram = defineAdapter({
  platform: INSTAGRAM_SITE.id,
  hosts: [INSTAGRAM_SITE.host],
  detect: detectInstagram,
  handleOf: handleFromUrl,
  fill(doc, url, snap, now, locale) {
    const handle = snap.handle;
    if ((snap.kind === 'profile' || snap.kind === 'followers') && handle)
      readProfile(doc, handle, snap, locale);
    // The followers dialog opens over the profile, whose header stays readable underneath.
    if (snap.kind === 'followers') snap.followersList = readFollowers(doc);
    if (snap.kind === 'post') readPost(doc, url, snap, now, locale);
    if (snap.kind === 'story') snap.storyViews = readStoryViews(doc, locale);
  },
  statsRegion(doc, url) {
    const kind = detectInstagram(url);
    if (kind === 'post') return queryFirst(doc, IG.post);
    if (kind === 'followers') return queryFirst(doc, IG.dialog) ?? queryFirst(doc, IG.header);
    if (kind === 'story') return doc.querySelector('section') ?? doc.body;
    return queryFirst(doc, IG.header);
  },
});

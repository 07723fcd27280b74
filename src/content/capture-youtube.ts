// Isolated capture script for youtube (document_start): reads the responses the page loads.
import '../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { assignedJson, get, safeDecode, str } from '../sites/common/json';
import { youtubeResponse } from '../sites/youtube/responses';
import { detectYoutube } from '../sites/youtube/urls';
import { addLoaded, loadedStore } from './loaded-store';
import { YOUTUBE_SITE } from '../sites/youtube/site';
import { startCapture } from './capture';

/**
 * Continuations name the channel by id only: the first page's own data says which handle
 * that id is (read once, when the first body arrives and the document is there).
 */
let seeded = false;
function seedAlias(): void {
  if (seeded) return;
  seeded = true;
  const meta = get(assignedJson(document, 'ytInitialData'), 'metadata', 'channelMetadataRenderer');
  const id = str(get(meta, 'externalId'));
  const vanity = str(get(meta, 'vanityChannelUrl'))?.split('/').pop() ?? '';
  if (id && vanity.startsWith('@')) {
    const handle = safeDecode(vanity.slice(1));
    addLoaded(loadedStore(), { posts: [], comments: [], profiles: [], aliases: [[id, handle]] });
  }
}

startCapture({
  hosts: [YOUTUBE_SITE.host],
  // Browse bodies matter on channel pages only, next bodies only when they carry comments.
  worth: (url, page, text) =>
    url.pathname.endsWith('/browse')
      ? detectYoutube(page) === 'profile'
      : detectYoutube(page) === 'post' && /commentEntityPayload|commentRenderer/.test(text),
  parse: (url, body, page, now, locale) => {
    seedAlias();
    return youtubeResponse(url, body, page, now, locale);
  },
});

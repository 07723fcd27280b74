// Isolated capture script for youtube (document_idle; the hook keeps earlier bodies): hands the worker the responses the page loads.
import { detectYoutube } from '../sites/youtube/urls';
import { YOUTUBE_SITE } from '../sites/youtube/site';
import { startCapture } from './capture';

startCapture({
  hosts: [YOUTUBE_SITE.host],
  // Browse bodies matter on channel pages only, next bodies only when they carry comments.
  worth: (url, page, text) =>
    url.pathname.endsWith('/browse')
      ? detectYoutube(page) === 'profile'
      : detectYoutube(page) === 'post' && /commentEntityPayload|commentRenderer/.test(text),
});

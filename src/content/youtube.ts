// Content script entry for youtube; it does nothing more until the URL is a creator page.
import { youtube } from '../sites/youtube';
import { idFromHref } from '../sites/youtube/urls';
import { start } from './start';
import { seedChannelAlias } from './youtube-alias';

// Loaded items are matched to shown videos by video id. The alias of the first page's channel
// is known before anything the page loads is merged (the merge happens in this script). It is
// read with the first read, not while the script is evaluated: it parses the page's embedded
// JSON, which on a watch page made the evaluation 10-30 ms, inside one task.
start(
  youtube,
  (href) => idFromHref(href)?.[0] ?? null,
  () => seedChannelAlias(document),
);

// Content script entry for youtube; it does nothing more until the URL is a creator page.
import { youtube } from '../sites/youtube';
import { idFromHref } from '../sites/youtube/urls';
import { start } from './start';

// Loaded items are matched to shown posts by video id.
start(youtube, (href) => idFromHref(href)?.[0] ?? null);

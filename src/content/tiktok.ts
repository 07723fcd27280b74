// Content script entry for tiktok; it does nothing more until the URL is a creator page.
import { tiktok } from '../sites/tiktok';
import { videoIdFromUrl } from '../sites/tiktok/urls';
import { start } from './start';

// Loaded items are matched to shown posts by video id.
start(tiktok, (href) => (URL.canParse(href) ? videoIdFromUrl(new URL(href)) : null));

// Content script entry for tiktok; it does nothing more until the URL is a creator page.
import { tiktok } from '../sites/tiktok';
import { start } from './start';

start(tiktok);

// Content script entry for youtube; it does nothing more until the URL is a creator page.
import { youtube } from '../sites/youtube';
import { start } from './start';

start(youtube);

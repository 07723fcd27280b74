// Content script entry for instagram; it does nothing more until the URL is a creator page.
import { instagram } from '../sites/instagram';
import { start } from './start';

start(instagram);

// Content script entry for instagram; it does nothing more until the URL is a creator page.
import '../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { instagram } from '../sites/instagram';
import { start } from './start';

start(instagram);

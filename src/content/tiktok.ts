// Content script entry for tiktok; it does nothing more until the URL is a creator page.
import '../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { tiktok } from '../sites/tiktok';
import { start } from './start';

start(tiktok);

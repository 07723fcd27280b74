// Content script entry for youtube; it does nothing more until the URL is a creator page.
import '../shared/zod-jitless'; // first: no schema may run before zod is set jitless
import { youtube } from '../sites/youtube';
import { start } from './start';

start(youtube);

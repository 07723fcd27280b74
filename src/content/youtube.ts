// Content script entry for youtube; it does nothing more until the URL is a creator page.
import { youtube } from '../sites/youtube';
import { start } from './start';
import { channelAliases } from './youtube-alias';

// What the page loads later names the channel by id only; the first page's data says which
// handle that id is. It is read with the first read, not while the script is evaluated: it
// parses the page's embedded JSON, which on a watch page made the evaluation 10-30 ms.
start(youtube, () => channelAliases(document));

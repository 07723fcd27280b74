// Content script entry: picks the site's adapter and starts the page watcher. It runs on
// every page of the three sites, so it does nothing more until the URL is a creator page.
import { pickAdapter } from '../sites';
import { watchPage } from './watch-page';

const adapter = pickAdapter(new URL(location.href));
if (adapter) watchPage(adapter);

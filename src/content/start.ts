import type { SiteAdapter } from '../sites/types';
import { watchPage } from './watch-page';

/**
 * Each site has its own content script (content-<site>.js) holding only that site's
 * adapter: one bundle with all three was over the 12 KB budget. `aliasesOf` names the ids
 * the first page states for its creator (read once, with the first read).
 */
export function start(adapter: SiteAdapter, aliasesOf?: () => Array<[string, string]>): void {
  if (location.protocol === 'https:' && adapter.hosts.includes(location.hostname)) {
    watchPage(adapter, undefined, aliasesOf);
  }
}

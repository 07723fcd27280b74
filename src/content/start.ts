import type { SiteAdapter } from '../sites/types';
import { watchPage } from './watch-page';

/**
 * Each site has its own content script (content-<site>.js) holding only that site's
 * adapter: one bundle with all three was over the 12 KB budget.
 */
export function start(
  adapter: SiteAdapter,
  postIdOf: (url: string) => string | null,
  beforeFirstRead?: () => void,
): void {
  if (location.protocol === 'https:' && adapter.hosts.includes(location.hostname)) {
    watchPage(adapter, postIdOf, undefined, beforeFirstRead);
  }
}

import type { SiteAdapter } from './types';
import { instagram } from './instagram';
import { tiktok } from './tiktok';
import { youtube } from './youtube';

/**
 * The site adapters and the one entry point the content script needs: which adapter, if any,
 * serves a URL. Only the sites' www hosts are served (the manifest matches exactly these).
 */
export const ADAPTERS: readonly SiteAdapter[] = [instagram, tiktok, youtube];

export function pickAdapter(url: URL): SiteAdapter | null {
  if (url.protocol !== 'https:') return null;
  return ADAPTERS.find((a) => a.hosts.includes(url.hostname)) ?? null;
}

export type { SiteAdapter } from './types';

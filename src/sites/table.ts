import { INSTAGRAM_BIO_LINKS } from './instagram/bio-links';
import { INSTAGRAM_SITE } from './instagram/site';
import type { SiteRow } from './site-row';
import { TIKTOK_BIO_LINKS } from './tiktok/bio-links';
import { TIKTOK_SITE } from './tiktok/site';
import { YOUTUBE_BIO_LINKS } from './youtube/bio-links';
import { YOUTUBE_SITE } from './youtube/site';

/**
 * Every site the extension reads, in the order lists show them. Adding a site is its folder
 * (adapter, site.ts, bio-links.ts) and a row here; test/sites/site-table.test.ts then names everything
 * else still missing (manifest, benchmarks, prices, fixtures). Pure data: Node imports it too.
 */
export const SITES = [
  { ...INSTAGRAM_SITE, bioLinks: INSTAGRAM_BIO_LINKS },
  { ...TIKTOK_SITE, bioLinks: TIKTOK_BIO_LINKS },
  { ...YOUTUBE_SITE, bioLinks: YOUTUBE_BIO_LINKS },
] as const satisfies readonly SiteRow[];

type Sites = typeof SITES;
export type SiteId = Sites[number]['id'];

type IdsOf<T extends readonly unknown[]> = {
  readonly [K in keyof T]: T[K] extends { id: infer I } ? I : never;
};
/** The ids in table order, typed as a tuple so zod's enum takes it as is. */
export const SITE_IDS = SITES.map((s) => s.id) as unknown as IdsOf<Sites>;

const BY_ID = new Map<string, SiteRow>(SITES.map((s) => [s.id, s]));

/** The row of a site id (ids come from validated data, so one is always found). */
export function siteOf(id: SiteId): SiteRow {
  return BY_ID.get(id)!;
}

/** Build names of a site's two content scripts (dist/<name>.js). */
export const scriptNames = (site: SiteRow) => ({
  content: `content-${site.id}`,
  capture: `capture-${site.id}`,
});

/** The manifest's match pattern for the site: its one host, over https. */
export const matchPattern = (site: SiteRow) => `https://${site.host}/*`;

// The site table (src/sites/table.ts) against everything built from or beside it: the
// manifest, the build's script entries and the adapters. A new row fails here until its
// manifest entries, content scripts and adapter exist.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRIPT_ENTRIES } from '../../vite.config';
import { isOwnProfileUrl } from '../../src/shared/identity';
import { Platform } from '../../src/shared/model';
import { ADAPTERS, pickAdapter } from '../../src/sites';
import { SITES, SITE_IDS, matchPattern, scriptNames } from '../../src/sites/table';

const root = resolve(import.meta.dirname, '../..');

interface ContentScript {
  matches: string[];
  js: string[];
  run_at: string;
  world?: string;
}
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as {
  host_permissions: string[];
  content_scripts: ContentScript[];
};

/** The three scripts a site's pages get, in the order the browser injects them. */
const scriptsFor = (site: (typeof SITES)[number]): ContentScript[] => [
  // The page's own world first: it must wrap fetch before the site's scripts run.
  { matches: [matchPattern(site)], js: ['page-hook.js'], run_at: 'document_start', world: 'MAIN' },
  {
    matches: [matchPattern(site)],
    js: [`${scriptNames(site).capture}.js`],
    run_at: 'document_idle',
  },
  {
    matches: [matchPattern(site)],
    js: [`${scriptNames(site).content}.js`],
    run_at: 'document_idle',
  },
];

describe('the site table', () => {
  it('has distinct ids and hosts, and is where the Platform enum comes from', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    expect(new Set(SITES.map((s) => s.host)).size).toBe(SITES.length);
    expect(Platform.options).toEqual([...SITE_IDS]);
  });

  it('asks the manifest for exactly its hosts', () => {
    expect(manifest.host_permissions).toEqual(SITES.map(matchPattern));
  });

  it('gives each site its page hook, capture and content script in the manifest, and no more', () => {
    expect(manifest.content_scripts).toEqual(SITES.flatMap(scriptsFor));
  });

  it('builds both content scripts of each site from files that exist', () => {
    for (const site of SITES) {
      const names = scriptNames(site);
      expect(SCRIPT_ENTRIES[names.content], site.id).toBe(site.scripts.content);
      expect(SCRIPT_ENTRIES[names.capture], site.id).toBe(site.scripts.capture);
      expect(existsSync(resolve(root, site.scripts.content)), site.scripts.content).toBe(true);
      expect(existsSync(resolve(root, site.scripts.capture)), site.scripts.capture).toBe(true);
    }
  });

  it('has one adapter per site, serving only its host', () => {
    expect(ADAPTERS.map((a) => a.platform)).toEqual([...SITE_IDS]);
    for (const [i, site] of SITES.entries()) expect(ADAPTERS[i]!.hosts).toEqual([site.host]);
  });

  it('builds profile addresses its own adapter reads as that creator’s profile', () => {
    for (const site of SITES) {
      const url = site.profileUrl('lena.bakes');
      expect(pickAdapter(new URL(url))?.platform, url).toBe(site.id);
      expect(pickAdapter(new URL(url))?.detect(new URL(url)), url).toBe('profile');
      expect(isOwnProfileUrl(site.id, 'lena.bakes', url), url).toBe(true);
      expect(site.handle.pattern.test('lena.bakes'), site.id).toBe(true);
    }
  });

  it('has words for people on every row', () => {
    for (const site of SITES) {
      expect(site.label).toMatch(/^\p{Lu}/u);
      for (const word of Object.values(site.words)) expect(word).toMatch(/^\p{Ll}+$/u);
    }
  });
});

// What a site needs beyond its folder and table row, each a test that fails for a new row
// until it is there: reference prices and saved fixture pages (the bench's heavy pages and
// the end-to-end journeys are built from those pages). Benchmarks: test/scoring/benchmarks.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRICE_ROWS, expectedPrice } from '../../src/roi/prices';
import { SITES } from '../../src/sites/table';
import { FIXTURE_DIR, fixturePages } from '../e2e/harness/fixture-server';

const pages = fixturePages();

describe('every site in the table', () => {
  it('has reference prices of its own for its usual format at micro tier', () => {
    for (const site of SITES) {
      const own = PRICE_ROWS.filter((r) => r.platform === site.id);
      expect(own.length, `${site.label} price rows`).toBeGreaterThan(0);
      const micro = expectedPrice('micro', site.id, site.defaultFormat);
      expect(
        micro.rows.some((r) => r.platform === site.id),
        `${site.label} micro ${site.defaultFormat} price`,
      ).toBe(true);
    }
  });

  it('has a saved profile page and a saved post page, each with what it should read', () => {
    for (const site of SITES) {
      for (const kind of ['profile', 'post']) {
        const page = pages.find((p) => p.kind === kind && new URL(p.url).host === site.host);
        expect(page, `${site.label} ${kind} page in test/fixtures/sites/pages.json`).toBeDefined();
        const expected = resolve(FIXTURE_DIR, page!.file.replace(/\.html$/, '.expected.json'));
        expect(existsSync(expected), expected).toBe(true);
      }
    }
  });

  it('serves no fixture page outside the table’s hosts', () => {
    const hosts = new Set<string>(SITES.map((s) => s.host));
    for (const page of pages) expect(hosts.has(new URL(page.url).host), page.url).toBe(true);
  });
});

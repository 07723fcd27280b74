// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageReading } from '../../src/shared/model';
import { pickAdapter } from '../../src/sites';
import { loadPage } from './load-page';

/**
 * Every synthetic fixture page (current and previous layouts of each site) read by its
 * adapter under its real URL, compared with the expected reading written from the same data.
 */
const root = path.resolve(import.meta.dirname, '../fixtures/sites');
const pages = JSON.parse(readFileSync(path.join(root, 'pages.json'), 'utf8')) as Array<{
  url: string;
  file: string;
  kind: string;
}>;

describe('fixture pages', () => {
  it('lists pages for every site', () => {
    const hosts = new Set(pages.map((p) => new URL(p.url).hostname));
    expect(hosts.has('www.instagram.com')).toBe(true);
  });

  for (const page of pages) {
    it(`${page.file} reads as expected`, () => {
      const url = new URL(page.url);
      const adapter = pickAdapter(url);
      expect(adapter).not.toBeNull();
      expect(adapter!.detect(url)).toBe(page.kind);
      const expected = JSON.parse(
        readFileSync(path.join(root, page.file.replace(/\.html$/, '.expected.json')), 'utf8'),
      );
      const doc = loadPage(readFileSync(path.join(root, page.file), 'utf8'), page.url);
      const snap = adapter!.read(doc, url, new Date(expected.capturedAt));
      expect(PageReading.parse(snap)).toEqual(snap);
      expect(snap).toEqual(expected);
      expect(adapter!.statsRegion(doc, url)).not.toBeNull();
    });
  }
});

// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickAdapter } from '../../src/sites';
import { withItemBudget } from '../../src/sites/common/item-memo';
import { loadPage } from './load-page';

/**
 * Profile grids are read a slice per pass (issue 15: no long task on a 300-post profile):
 * each profile fixture, read again and again with a small budget, ends in exactly the reading
 * one unbudgeted read gives, and no pass reads more than the budget afresh.
 */
const root = path.resolve(import.meta.dirname, '../fixtures/sites');
const pages = (
  JSON.parse(readFileSync(path.join(root, 'pages.json'), 'utf8')) as Array<{
    url: string;
    file: string;
    kind: string;
  }>
).filter((p) => p.kind === 'profile');
const BUDGET = 3;

describe('profile grids read in slices', () => {
  it('has profile pages on every site', () => {
    expect(new Set(pages.map((p) => new URL(p.url).hostname)).size).toBe(3);
  });

  for (const page of pages) {
    it(`${page.file}: slices of ${BUDGET} add up to the whole grid`, () => {
      const url = new URL(page.url);
      const adapter = pickAdapter(url)!;
      const html = readFileSync(path.join(root, page.file), 'utf8');
      const now = new Date('2026-06-01T12:00:00Z');
      const whole = adapter.read(loadPage(html, page.url), url, now);
      const doc = loadPage(html, page.url);
      const passes = [];
      for (let pass = 0; pass < 200; pass++) {
        const read = withItemBudget(BUDGET, () => adapter.read(doc, url, now));
        passes.push(read.value.posts.length);
        if (!read.cut) {
          expect(read.value).toEqual(whole);
          break;
        }
      }
      // A grid bigger than one slice takes several passes, each adding posts.
      if (whole.posts.length > BUDGET * 2) {
        expect(passes.length).toBeGreaterThan(1);
        expect(passes[0]).toBeLessThanOrEqual(BUDGET * 2);
      }
      expect(passes.at(-1)).toBe(whole.posts.length);
    });
  }
});

// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageReading } from '../../src/shared/model';
import type { Measured } from '../../src/shared/stat';
import { pickAdapter } from '../../src/sites';
import { loadPage } from './load-page';

/**
 * Property-based: fixture pages cut short, with pieces removed, digits changed or junk
 * inserted, and pages of random text, never make an adapter throw, yield NaN or a negative
 * count, or produce a number that is not on the page.
 */
const root = path.resolve(import.meta.dirname, '../fixtures/sites');
const pages = (
  JSON.parse(readFileSync(path.join(root, 'pages.json'), 'utf8')) as Array<{
    url: string;
    file: string;
  }>
).map((p) => ({
  ...p,
  html: readFileSync(path.join(root, p.file), 'utf8'),
}));
const NOW = new Date('2025-06-01T12:00:00.000Z');

function stats(snap: PageReading): Measured[] {
  const all = [snap.followers, snap.following, snap.postCount, snap.totalLikes, snap.storyViews];
  for (const p of snap.posts) {
    all.push(p.views, p.likes, p.comments);
    for (const c of p.commentSample) all.push(c.likes);
  }
  return all.filter((s): s is Measured => s !== null);
}

/** Every number read must come from the page: its digits are there, and an exact one is made of them. */
function checkRead(html: string, url: string): void {
  const doc = loadPage(html, url);
  const snap = pickAdapter(new URL(url))!.read(doc, new URL(url), NOW);
  PageReading.parse(snap); // finite, non-negative, low ≤ value ≤ high, ISO dates
  for (const s of stats(snap)) {
    const runs = s.raw.match(/\d+/g) ?? [];
    for (const run of runs) expect(html.includes(run), `${s.raw} in ${url}`).toBe(true);
    if (s.low === s.high && s.source !== 'json') expect(runs.join('')).toContain(String(s.value));
  }
}

const mutation = (html: string) =>
  fc.oneof(
    fc.integer({ min: 0, max: html.length }).map((at) => html.slice(0, at)),
    fc
      .tuple(fc.nat(html.length), fc.nat(5000))
      .map(([at, n]) => html.slice(0, at) + html.slice(at + n)),
    fc
      .tuple(fc.nat(html.length), fc.string({ maxLength: 40 }))
      .map(([at, junk]) => html.slice(0, at) + junk + html.slice(at)),
    fc.nat(9).map((d) => html.replace(/\d/g, (m, i: number) => (i % 7 === 0 ? String(d) : m))),
  );

describe('adapters on damaged pages', () => {
  for (const page of pages) {
    it(`${page.file}: mutations never throw or invent numbers`, () => {
      fc.assert(
        fc.property(mutation(page.html), (html) => checkRead(html, page.url)),
        { numRuns: 12 },
      );
    }, 300_000);
  }

  it('pages of random text read as "not visible" without throwing', () => {
    const urls = pages.map((p) => p.url);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...urls), (text, url) => {
        const doc = loadPage(text, url);
        const snap = pickAdapter(new URL(url))!.read(doc, new URL(url), NOW);
        PageReading.parse(snap);
        expect(stats(snap).every((s) => text.includes(s.raw.match(/\d+/)?.[0] ?? ''))).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});

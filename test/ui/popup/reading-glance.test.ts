import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReadingReply } from '../../../src/shared/messages';
import type { PageReading } from '../../../src/shared/model';
import { emptyReading } from '../../../src/shared/reading-factory';
import { STAT_SOURCES } from '../../../src/shared/stat-sources';
import { SITE_IDS } from '../../../src/sites/table';
import { glanceOf } from '../../../src/ui/popup/reading-glance';

const root = path.resolve(import.meta.dirname, '../../fixtures/sites');
const pages = JSON.parse(readFileSync(path.join(root, 'pages.json'), 'utf8')) as { file: string }[];
const readingOf = (file: string) =>
  JSON.parse(
    readFileSync(path.join(root, file.replace(/\.html$/, '.expected.json')), 'utf8'),
  ) as PageReading;

const pick = (r: PageReading) => ({
  platform: r.platform,
  handle: r.handle,
  displayName: r.displayName,
  followers: r.followers,
});

/** Glance fields as a content script could send them, valid or not. */
const number = fc.oneof(fc.double(), fc.constantFrom(0, 1, 12300, -1, NaN, Infinity));
const followers = fc.oneof(
  fc.constant(null),
  fc.record({
    value: number,
    low: number,
    high: number,
    source: fc.constantFrom(...STAT_SOURCES, 'guess', 7),
    raw: fc.string({ maxLength: 70 }),
  }),
  fc.constantFrom('12K', 12000, [], undefined),
);
const text = (max: number) =>
  fc.oneof(fc.constant(null), fc.string({ maxLength: max + 20 }), fc.constantFrom(undefined, 5));
const fields = fc.record({
  platform: fc.constantFrom(...SITE_IDS, 'myspace', undefined),
  handle: text(100),
  displayName: text(200),
  followers,
});

describe('the popup’s first glance at a tab’s reply', () => {
  it('vouches for every fixture page’s reading, with the fields the contract gives', () => {
    for (const page of pages) {
      const reply = { ok: true, reading: readingOf(page.file) };
      const parsed = ReadingReply.parse(reply);
      expect(glanceOf(reply), page.file).toEqual(pick(parsed.reading!));
    }
  });

  it('never vouches for a field the contract refuses or changes', () => {
    const base = emptyReading('instagram', 'profile', 'https://www.instagram.com/x/', new Date(0));
    fc.assert(
      fc.property(fields, (f) => {
        const reply = { ok: true, reading: { ...base, ...f } };
        const glance = glanceOf(reply);
        if (glance === undefined) return;
        const parsed = ReadingReply.safeParse(reply);
        expect(parsed.success).toBe(true);
        expect(glance).toEqual(pick(parsed.data!.reading!));
      }),
      { numRuns: 300 },
    );
  });

  it('says "no reading" only for a reply that has none, and leaves anything else to zod', () => {
    expect(glanceOf({ ok: true, reading: null })).toBeNull();
    for (const reply of [null, 'x', { ok: false, error: 'no' }, { ok: true }, { reading: {} }])
      expect(glanceOf(reply)).toBeUndefined();
  });
});

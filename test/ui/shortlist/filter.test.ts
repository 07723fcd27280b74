import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createFilter, filterRows, NO_FILTERS, queryTerms } from '../../../src/ui/shortlist/filter';
import { toViewRow, toViewRows, tagsInUse } from '../../../src/ui/shortlist/view-row';
import { sampleSummaries, sampleSummary } from './sample';

const rows = toViewRows(sampleSummaries(60));
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('filterRows', () => {
  it('returns every row, in order, when nothing is set', () => {
    expect(ids(filterRows(rows, NO_FILTERS))).toEqual(ids(rows));
  });

  it('finds a creator by part of the handle or name, ignoring case, with @ or without', () => {
    const lena = toViewRow(sampleSummary(1, { name: 'Lena Bäckerei', handle: 'Lena.Bakes' }));
    const all = [...rows, lena];
    for (const query of ['lena', 'BAKES', '@lena.b', 'bäckerei', ' lena   bakes '])
      expect(ids(filterRows(all, { ...NO_FILTERS, query }))).toEqual([lena.id]);
  });

  it('searches tags and notes too, and needs every word', () => {
    const noted = toViewRow(sampleSummary(2, { handle: 'x', notes: 'Asked for rates in May' }));
    const all = [...rows, noted];
    expect(ids(filterRows(all, { ...NO_FILTERS, query: 'rates may' }))).toEqual([noted.id]);
    expect(filterRows(all, { ...NO_FILTERS, query: 'rates june' })).toEqual([]);
    const vegan = filterRows(rows, { ...NO_FILTERS, query: 'vegan' });
    expect(vegan.length).toBe(rows.filter((r) => r.item.entry.tags.includes('vegan')).length);
  });

  it('combines platform, tier, risk, status and tag filters', () => {
    const f = { ...NO_FILTERS, platform: 'tiktok', risk: 'low', tag: 'BERLIN' } as const;
    const shown = filterRows(rows, f);
    expect(shown.length).toBeGreaterThan(0);
    for (const r of shown) {
      expect(r.item.platform).toBe('tiktok');
      expect(r.risk).toBe('low');
      expect(r.item.entry.tags).toContain('Berlin');
    }
    const missed = rows.filter((r) => !shown.includes(r));
    for (const r of missed)
      expect(
        r.item.platform !== 'tiktok' || r.risk !== 'low' || !r.tagKeys.includes('berlin'),
      ).toBe(true);
    const core = filterRows(rows, { ...NO_FILTERS, status: 'core', tier: 'micro' });
    expect(core.every((r) => r.item.entry.status === 'core' && r.tier === 'micro')).toBe(true);
  });

  it('narrows to one verdict; creators scored before verdicts count as "unknown"', () => {
    for (const verdict of ['book', 'check', 'avoid', 'unknown'] as const) {
      const shown = filterRows(rows, { ...NO_FILTERS, verdict });
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((r) => r.verdict === verdict)).toBe(true);
      expect(shown.length).toBe(rows.filter((r) => r.item.verdict === verdict).length);
    }
  });

  it('treats an unscored creator as tier and risk "unknown"', () => {
    const unscored = toViewRow(sampleSummary(3, { handle: 'noscore', scored: false }));
    expect(filterRows([unscored], { ...NO_FILTERS, risk: 'unknown', tier: 'unknown' })).toEqual([
      unscored,
    ]);
  });
});

describe('queryTerms', () => {
  it('splits on any whitespace and lowercases', () => {
    expect(queryTerms('  Foo\tBAR  baz ')).toEqual(['foo', 'bar', 'baz']);
  });
});

describe('createFilter (per keystroke)', () => {
  it('gives exactly what filterRows gives for any sequence of typed queries', () => {
    const alphabet = fc.constantFrom('c', 'r', 'e', 'a', '1', '2', ' ', 'v', 'g', 'n', 'b');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, maxLength: 6 }), { maxLength: 8 }), (qs) => {
        const filter = createFilter();
        let typed = '';
        for (const q of qs) {
          // Mostly typing on, sometimes starting over, as a user does.
          typed = q.startsWith(' ') ? q : typed + q;
          const filters = { ...NO_FILTERS, query: typed };
          expect(ids(filter(rows, filters))).toEqual(ids(filterRows(rows, filters)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('recomputes from all rows when a facet changes or the list changes', () => {
    const filter = createFilter();
    filter(rows, { ...NO_FILTERS, query: 'creator', status: 'core' });
    const wider = filter(rows, { ...NO_FILTERS, query: 'creator1' });
    expect(ids(wider)).toEqual(ids(filterRows(rows, { ...NO_FILTERS, query: 'creator1' })));
    expect(wider.length).toBe(11); // creator1, creator10 … creator19
    const other = rows.slice(0, 10);
    expect(ids(filter(other, { ...NO_FILTERS, query: 'creator1' }))).toEqual([rows[1]!.id]);
  });
});

describe('tagsInUse', () => {
  it('lists each tag once whatever its case, sorted', () => {
    const a = toViewRow(sampleSummary(1, { handle: 'a', tags: ['Vegan', 'berlin'] }));
    const b = toViewRow(sampleSummary(2, { handle: 'b', tags: ['vegan', 'Amsterdam'] }));
    expect(tagsInUse([a, b])).toEqual(['Amsterdam', 'berlin', 'Vegan']);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextSort, sortRows, SORT_KEYS, type SortKey } from '../../../src/ui/shortlist/sort';
import { toViewRow, toViewRows, type ViewRow } from '../../../src/ui/shortlist/view-row';
import { sampleSummaries, sampleSummary } from './sample';

const rows = toViewRows(sampleSummaries(40));

function valueOf(row: ViewRow, key: SortKey): string | number | null {
  const verdict = { book: 0, check: 1, avoid: 2, unknown: null };
  const e = row.item.entry;
  return {
    name: row.nameKey,
    verdict: verdict[row.verdict],
    followers: row.followers,
    engagement: row.engagement,
    fit: row.fit,
    updated: e.updatedAt,
  }[key];
}

describe('sortRows', () => {
  it('orders by every key, both ways, with missing values last', () => {
    for (const key of SORT_KEYS)
      for (const direction of ['asc', 'desc'] as const) {
        const sorted = sortRows(rows, { key, direction });
        expect(sorted).toHaveLength(rows.length);
        const values = sorted.map((r) => valueOf(r, key));
        const firstNull = values.indexOf(null);
        if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
        const known = values.filter((v) => v !== null) as (string | number)[];
        for (let i = 1; i < known.length; i++)
          if (direction === 'asc') expect(known[i - 1]! <= known[i]!).toBe(true);
          else expect(known[i - 1]! >= known[i]!).toBe(true);
      }
  });

  it('puts "not visible" followers last, never as zero', () => {
    const hidden = toViewRow(sampleSummary(1, { handle: 'hidden', followers: null }));
    const small = toViewRow(sampleSummary(2, { handle: 'small', followers: 0 }));
    const asc = sortRows([hidden, small], { key: 'followers', direction: 'asc' });
    expect(asc.map((r) => r.id)).toEqual([small.id, hidden.id]);
    const desc = sortRows([hidden, small], { key: 'followers', direction: 'desc' });
    expect(desc.map((r) => r.id)).toEqual([small.id, hidden.id]);
  });

  it('is deterministic whatever the input order (ties broken by id)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        const key = 'verdict';
        const a = sortRows(shuffled, { key, direction: 'desc' }).map((r) => r.id);
        const b = sortRows(rows, { key, direction: 'desc' }).map((r) => r.id);
        expect(a).toEqual(b);
      }),
      { numRuns: 30 },
    );
  });

  it('does not change its input', () => {
    const before = rows.map((r) => r.id);
    sortRows(rows, { key: 'name', direction: 'asc' });
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('flips the direction on the same key and starts a new key in its natural direction', () => {
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({
      key: 'name',
      direction: 'desc',
    });
    expect(nextSort({ key: 'name', direction: 'asc' }, 'followers').direction).toBe('desc');
    expect(nextSort({ key: 'followers', direction: 'desc' }, 'name').direction).toBe('asc');
    // Verdict starts at "Book": who to book first.
    expect(nextSort({ key: 'name', direction: 'asc' }, 'verdict').direction).toBe('asc');
    const byVerdict = sortRows(rows, { key: 'verdict', direction: 'asc' });
    expect(byVerdict[0]!.verdict).toBe('book');
    expect(byVerdict.at(-1)!.verdict).toBe('unknown');
  });
});

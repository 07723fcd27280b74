import { describe, expect, it } from 'vitest';
import {
  BASE_COLUMNS,
  STANDARD_COLUMNS,
  columnKeys,
  csvColumns,
  numberColumn,
  registerColumns,
  textColumn,
} from '../../src/transfer/columns';
import { readShortlistCsv } from '../../src/transfer/csv-read';
import { shortlistToCsv } from '../../src/transfer/shortlist-csv';
import { SIGNAL } from '../../src/scoring/signal-ids';
import { ChecklistItemId } from '../../src/shared/vetting';
import { columnsTable, documentedTable, tableCells } from './columns-doc';
import { sampleRows } from './sample-rows';

describe('the column set', () => {
  it('has unique ids and headers, also as import keys', () => {
    const keys = BASE_COLUMNS.flatMap(columnKeys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers identity, counts, score, every signal, the five checklist items, manual entries, entry and dates', () => {
    const ids = new Set(BASE_COLUMNS.map((c) => c.id));
    const expected = [
      'platform',
      'handle',
      'display_name',
      'profile_url',
      'followers',
      'followers_low',
      'followers_high',
      'followers_source',
      'following',
      'posts',
      'total_likes',
      'tier',
      'engagement_rate',
      'risk',
      'niche_fit',
      'signals_other',
      ...Object.values(SIGNAL).flatMap((id) => [`signal_${id}`, `signal_${id}_value`]),
      ...ChecklistItemId.options.flatMap((item) => [`check_${item}`, `check_${item}_note`]),
      'story_views',
      'saves',
      'quoted_rate',
      'currency',
      'country_mix',
      'notes',
      'tags',
      'status',
      'added',
      'updated',
      'first_seen',
      'last_seen',
    ];
    expect(expected.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('can import every column it exports', () => {
    expect(BASE_COLUMNS.filter((c) => !c.set).map((c) => c.id)).toEqual([]);
  });

  it('is documented in COLUMNS.md, column by column', () => {
    const documented = documentedTable();
    expect(documented, 'COLUMNS.md lost its generated-table markers').not.toBeNull();
    expect(tableCells(documented!)).toEqual(tableCells(columnsTable()));
  });
});

describe('registerColumns', () => {
  const extra = [
    numberColumn({
      id: 'roi_cost',
      header: 'Cost (test)',
      description: 'A column another module appends.',
      get: (r) => r.entry.tags.length,
    }),
  ];

  it('appends columns at the end of every export, and import accepts them', () => {
    registerColumns(extra);
    expect(csvColumns().at(-1)!.id).toBe('roi_cost');
    expect(csvColumns().slice(0, STANDARD_COLUMNS.length)).toEqual(STANDARD_COLUMNS);
    const rows = sampleRows(5);
    const csv = shortlistToCsv(rows);
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(header.at(-1)).toBe('Cost (test)');
    const preview = readShortlistCsv(csv);
    expect(preview).toMatchObject({ errors: [], ignored: [] });
    expect(shortlistToCsv(preview.rows)).toBe(csv);
  });

  it('refuses an id or header that is already taken', () => {
    const clash = textColumn({ id: 'NOTES', header: 'Other', description: '', get: () => null });
    expect(() => registerColumns([clash])).toThrow(/"notes"/);
    const sameHeader = textColumn({
      id: 'x_new',
      header: 'followers',
      description: '',
      get: () => null,
    });
    expect(() => registerColumns([sameHeader])).toThrow(/"followers"/);
  });
});

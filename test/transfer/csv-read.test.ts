import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readShortlistCsv } from '../../src/transfer/csv-read';
import { shortlistToCsv } from '../../src/transfer/shortlist-csv';
import { sampleRows } from './sample-rows';

/** A repeated creator's rule: the row it repeats. */
const SAME_AS_2 = { kind: 'sameAs', line: 2 } as const;

const NOW = new Date('2025-06-01T12:00:00.000Z');
const read = (text: string) => readShortlistCsv(text, { now: NOW });
const lines = (...rows: string[]) => rows.join('\r\n') + '\r\n';

describe('readShortlistCsv', () => {
  it('reads a hand-made file with only the required columns, LF endings and no BOM', () => {
    const preview = read('Platform,Handle,Bio\ninstagram,Lena.Bakes,\ntiktok,q_q,"o, ""q"""\n');
    expect(preview.errors).toEqual([]);
    const [lena, q] = preview.rows;
    expect(lena!.record.id).toBe('instagram:lena.bakes');
    expect(lena!.entry).toMatchObject({
      creatorId: 'instagram:lena.bakes',
      status: 'prospect',
      tags: [],
    });
    expect(lena!.entry.addedAt).toBe(NOW.toISOString());
    expect(lena!.record.followers).toBeNull();
    expect(lena!.checklist).toBeNull();
    expect(q!.record.bio).toBe('o, "q"');
  });

  it('matches headers by name or id, in any order and case, and fills followers bounds', () => {
    const preview = read(lines('FOLLOWERS,handle,platform, Tags ', '1200,ana,youtube,a;b\\;c'));
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]!.record.followers).toEqual({
      value: 1200,
      low: 1200,
      high: 1200,
      source: 'manual',
      raw: '',
    });
    expect(preview.rows[0]!.entry.tags).toEqual(['a', 'b;c']);
  });

  it('refuses a file without the required columns, with a clear message', () => {
    const preview = read(lines('Name,Followers', 'Ana,100'));
    expect(preview.rows).toEqual([]);
    expect(preview.errors).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/"Handle", "Platform"/) }),
    ]);
  });

  it('hints at the separator when a spreadsheet saved with semicolons', () => {
    const preview = read(lines('Platform;Handle', 'instagram;ana'));
    expect(preview.errors[0]!.message).toMatch(/";"/);
  });

  it('ignores unknown columns with a warning but refuses a duplicated one', () => {
    const warned = read(lines('Platform,Handle,My score', 'instagram,ana,5'));
    expect(warned.errors).toEqual([]);
    expect(warned.ignored).toEqual(['My score']);
    const twice = read(lines('Platform,Handle,handle', 'instagram,ana,ana'));
    expect(twice.errors).toEqual([expect.objectContaining({ line: 1, column: 'Handle' })]);
  });

  it('lists errors row by row with the spreadsheet row number and the column', () => {
    const preview = read(
      lines(
        'Platform,Handle,Followers,Status,Notes',
        'instagram,ok,10,prospect,"two\nlines"',
        'myspace,bad,10,prospect,',
        'tiktok,,abc,maybe,',
        'youtube,short',
        `youtube,${'x'.repeat(101)},5,core,`,
        'instagram,OK,1,core,',
      ),
    );
    expect(preview.rows.map((r) => r.record.handle)).toEqual(['ok']);
    expect(preview.errors).toEqual([
      {
        line: 3,
        column: 'Platform',
        message: expect.stringContaining('Instagram, TikTok, YouTube'),
        rule: { kind: 'oneOf', options: ['Instagram', 'TikTok', 'YouTube'] },
        found: 'myspace',
      },
      { line: 4, column: 'Handle', message: 'Required, but empty.', rule: { kind: 'missing' } },
      {
        line: 4,
        column: 'Followers',
        message: '"abc" is not a number',
        rule: { kind: 'number' },
        found: 'abc',
      },
      {
        line: 4,
        column: 'Status',
        message: expect.stringContaining('Prospect'),
        rule: { kind: 'oneOf', options: expect.arrayContaining(['Prospect']) },
        found: 'maybe',
      },
      {
        line: 5,
        message: 'Has 2 cells but the header has 5.',
        rule: { kind: 'csv', code: 'TooFewFields' },
      },
      {
        line: 6,
        column: 'Handle',
        message: expect.stringContaining('not a YouTube handle'),
        rule: { kind: 'handle', platform: 'youtube' },
        found: expect.any(String),
      },
      { line: 7, column: 'Creator ID', message: 'Same creator as row 2.', rule: SAME_AS_2 },
    ]);
  });

  it('names the followers column when bounds come without a value', () => {
    const preview = read(lines('Platform,Handle,Followers (low)', 'instagram,ana,10'));
    expect(preview.errors).toEqual([
      {
        line: 2,
        column: 'Followers',
        message: expect.any(String),
        rule: { kind: 'followersParts' },
      },
    ]);
  });

  it('refuses inconsistent bounds through the schema, naming the column', () => {
    const preview = read(lines('Platform,Handle,Followers,Followers (high)', 'instagram,ana,10,5'));
    expect(preview.errors).toEqual([
      {
        line: 2,
        column: 'Followers',
        message: 'low ≤ value ≤ high',
        rule: { kind: 'bounds' },
        found: '10',
      },
    ]);
  });

  it('says so when the file is empty', () => {
    expect(read('').errors[0]!.message).toMatch(/empty/);
    expect(read('\uFEFF').errors[0]!.message).toMatch(/empty/);
  });

  it('reports broken quoting from the CSV parser', () => {
    const preview = read(lines('Platform,Handle', 'instagram,"ana'));
    expect(preview.errors.some((e) => e.message.startsWith('CSV:'))).toBe(true);
  });

  it('accepts TRUE/FALSE as a spreadsheet re-saves them, and undoes the formula guard', () => {
    const preview = read(lines('Platform,Handle,Verified,Notes', "instagram,ana,TRUE,'=1+1"));
    expect(preview.rows[0]!.record.verified).toBe(true);
    expect(preview.rows[0]!.entry.notes).toBe('=1+1');
  });

  it('converts a quoted rate in major units to minor units of its currency', () => {
    const preview = read(
      lines('Currency,Quoted rate,Platform,Handle', 'JPY,1500,instagram,a', 'USD,12.5,instagram,b'),
    );
    expect(preview.rows.map((r) => r.checklist?.manual.quotedRateMinor)).toEqual([1500, 1250]);
  });

  it('reads the same rows whatever the column order', () => {
    const csv = shortlistToCsv(sampleRows(20));
    const cells = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    const reversed = Papa.unparse(
      cells.map((row) => [...row].reverse()),
      { newline: '\r\n' },
    );
    expect(read(reversed)).toEqual(read(csv));
  });

  it('keeps an exported file valid after reading it (no warnings, nothing unknown)', () => {
    const preview = read(shortlistToCsv(sampleRows(20)));
    expect(preview).toMatchObject({ errors: [], ignored: [] });
    expect(preview.rows).toHaveLength(20);
  });
});

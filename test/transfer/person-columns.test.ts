import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readShortlistCsv } from '../../src/transfer/csv-read';
import type { ShortlistRow } from '../../src/shared/shortlist-row';
import { shortlistToCsv } from '../../src/transfer/shortlist-csv';
import { sampleRows } from './sample-rows';

const cells = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe('person columns', () => {
  const [a, b, c] = sampleRows(3, 23);
  const noor = { id: 'p-0a1b2c', name: '=Noor "Chef" Haddad' };
  const rows: ShortlistRow[] = [
    { ...a!, person: noor },
    { ...b!, person: noor },
    { ...c!, person: null },
  ];

  it('name the person and its key on each account row; empty when alone', () => {
    const parsed = cells(shortlistToCsv(rows));
    expect(parsed.map((r) => r['Person ID'])).toEqual(['p-0a1b2c', 'p-0a1b2c', '']);
    // Scraped names never start a formula.
    expect(parsed[0]!['Person']).toBe(`'=Noor "Chef" Haddad`);
  });

  it('come back from an import, byte for byte', () => {
    const first = shortlistToCsv(rows);
    const back = readShortlistCsv(first);
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => r.person ?? null)).toEqual([noor, noor, null]);
    expect(shortlistToCsv(back.rows)).toBe(first);
  });

  it('link rows of a hand-made file by name, and refuse a bad key', () => {
    const header = 'Platform,Handle,Person,Person ID';
    const named = readShortlistCsv(
      `${header}\r\ninstagram,noor.cooks,Noor Haddad,\r\nyoutube,noorkitchen,Noor Haddad,\r\n`,
    );
    expect(named.errors).toEqual([]);
    const ids = named.rows.map((r) => r.person?.id);
    expect(ids[0]).toBe('n-noor-haddad');
    expect(ids[1]).toBe(ids[0]);
    const bad = readShortlistCsv(`${header}\r\ninstagram,noor.cooks,Noor,a b/c\r\n`);
    expect(bad.errors).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'Person ID',
        message: expect.stringMatching(/not a person key/),
      }),
    ]);
  });
});

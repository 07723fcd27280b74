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

const withBio = (row: ShortlistRow, bio: string | null, link: string | null): ShortlistRow => ({
  ...row,
  record: { ...row.record, bio, externalLink: link },
});

describe('contact columns', () => {
  const [a, b, c] = sampleRows(3, 17);
  const rows = [
    withBio(a!, 'Colaboraciones: carla.corre [at] gmail [dot] com · hola@carla.es', null),
    withBio(b!, 'Parcerias 👉 +maya@outlook.com.br', 'https://www.beacons.ai/maya'),
    withBio(c!, 'Just bread', null),
  ];

  it('write the addresses and the link host the bio shows; empty when none', () => {
    const [first, second, third] = cells(shortlistToCsv(rows));
    expect(first!['Contact e-mails']).toBe('carla.corre@gmail.com;hola@carla.es');
    expect(first!['Link-in-bio host']).toBe('');
    expect(second!['Link-in-bio host']).toBe('beacons.ai');
    expect(third!['Contact e-mails']).toBe('');
  });

  it('never start a formula: an address beginning with "+" is written as text', () => {
    const csv = shortlistToCsv(rows);
    expect(cells(csv)[1]!['Contact e-mails']).toBe("'+maya@outlook.com.br");
  });

  it('come back from an import exactly, and the file round-trips byte for byte', () => {
    const first = shortlistToCsv(rows);
    const back = readShortlistCsv(first);
    expect(back.errors).toEqual([]);
    expect(back.ignored).toEqual([]);
    expect(back.rows.map((r) => [r.record.bio, r.record.externalLink])).toEqual(
      rows.map((r) => [r.record.bio, r.record.externalLink]),
    );
    expect(shortlistToCsv(back.rows)).toBe(first);
  });
});

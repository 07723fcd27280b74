import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readShortlistCsv } from '../../src/transfer/csv-read';
import { ShortlistRow } from '../../src/shared/shortlist-row';
import { shortlistToCsv, shortlistToCsvChunks } from '../../src/transfer/shortlist-csv';
import { shortlistRows } from './arbitraries';
import { sampleRows } from './sample-rows';

/** Export → import into an empty profile → export again. */
function roundTrip(rows: ShortlistRow[]) {
  const first = shortlistToCsv(rows);
  const preview = readShortlistCsv(first);
  return { first, preview, second: shortlistToCsv(preview.rows) };
}

// Generous time limits: these run hundreds of exports, and CI machines are shared.
describe('CSV round trip', { timeout: 300_000 }, () => {
  const rows = sampleRows(500);

  it('starts from rows that are valid', () => {
    for (const row of rows) expect(ShortlistRow.safeParse(row).success).toBe(true);
  });

  it('gives byte-identical files for realistic rows', () => {
    const { first, preview, second } = roundTrip(rows);
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toHaveLength(rows.length);
    expect(Buffer.from(second, 'utf8').equals(Buffer.from(first, 'utf8'))).toBe(true);
  });

  it('restores what the CSV carries exactly: entry, checklist, counts, verdicts', () => {
    const { preview } = roundTrip(rows);
    preview.rows.forEach((back, i) => {
      const original = rows[i]!;
      expect(back.entry).toEqual(original.entry);
      expect(back.checklist).toEqual(original.checklist);
      expect(back.record.followers).toEqual(original.record.followers);
      expect(back.record.following?.value).toBe(original.record.following?.value);
      expect(back.record.bio).toBe(original.record.bio);
      const verdicts = (r: ShortlistRow) =>
        r.record.score?.signals.map((s) => [s.id, s.verdict, s.value]).sort();
      expect(verdicts(back)).toEqual(verdicts(original));
      expect(back.record.posts).toEqual([]);
    });
  });

  it('gives byte-identical files for any rows (formulas, quotes, newlines, emoji, RTL, "007")', () => {
    fc.assert(
      fc.property(shortlistRows(5), (rows) => {
        const { first, preview, second } = roundTrip(rows);
        expect(preview.errors).toEqual([]);
        expect(second).toBe(first);
        preview.rows.forEach((back, i) => {
          expect(back.entry.notes).toBe(rows[i]!.entry.notes);
          expect(back.record.handle).toBe(rows[i]!.record.handle);
          expect(back.record.displayName).toBe(rows[i]!.record.displayName || null);
        });
      }),
      { numRuns: Number(process.env.RUNS ?? 100) },
    );
  }, 300_000);

  it('writes the same bytes in chunks as in one piece', async () => {
    const chunks = await shortlistToCsvChunks(rows, undefined, { chunkSize: 64 });
    expect(chunks.join('')).toBe(shortlistToCsv(rows));
  });

  it('reports chunked progress in data rows, ending at the total', async () => {
    const seen: [number, number][] = [];
    await shortlistToCsvChunks(rows.slice(0, 250), (done, total) => seen.push([done, total]), {
      chunkSize: 100,
    });
    expect(seen.at(-1)).toEqual([250, 250]);
    expect(seen.map(([done]) => done)).toEqual(
      [...seen.map(([done]) => done)].sort((a, b) => a - b),
    );
  });
});

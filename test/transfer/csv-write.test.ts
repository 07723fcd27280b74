import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv, toCsvChunks, type Cell } from '../../src/transfer/csv-write';
import { unguardText } from '../../src/transfer/formula-guard';
import { trickyText } from './arbitraries';

/** Reads a CSV the way a spreadsheet would: RFC 4180, no formula undoing. */
function cellsOf(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1, -2), { delimiter: ',', newline: '\r\n' }).data;
}

describe('toCsv', () => {
  it('writes a BOM, CRLF after every record, and quotes only cells that need it', () => {
    const csv = toCsv([
      ['plain', 'with,comma', 'say "hi"', 'two\nlines', 'cr\ronly', ''],
      ['é 田中 مرحبا 🙂', ' spaced ', null, undefined, 42, 0.5],
    ]);
    expect(csv).toBe(
      '\uFEFFplain,"with,comma","say ""hi""","two\nlines","cr\ronly",\r\n' +
        'é 田中 مرحبا 🙂, spaced ,,,42,0.5\r\n',
    );
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', "'quoted"])(
    'guards the text cell %j with one apostrophe',
    (text) => {
      const [[cell]] = cellsOf(toCsv([[text]])) as [[string]];
      expect(cell).toBe(`'${text}`);
      expect(unguardText(cell)).toBe(text);
    },
  );

  it('writes numbers as numbers, never guarded, and non-finite numbers as empty', () => {
    expect(toCsv([[-0.5, -3, 1e21, NaN, Infinity, -0]])).toBe(`${BOM}-0.5,-3,1e+21,,,0\r\n`);
    expect(toCsv([['-0.5']])).toBe(`${BOM}'-0.5\r\n`);
  });

  it('is the empty file (a BOM) for no rows', () => {
    expect(toCsv([])).toBe(BOM);
  });

  it('gives back every text cell through an RFC 4180 reader, and no cell starts a formula', () => {
    const rows = fc.array(fc.array(trickyText(12), { minLength: 2, maxLength: 6 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(rows, (rows) => {
        const read = cellsOf(toCsv(rows));
        expect(read.map((r) => r.map(unguardText))).toEqual(rows);
        for (const cell of read.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 100 },
    );
  }, 300_000);
});

describe('toCsvChunks', () => {
  const rows: Cell[][] = Array.from({ length: 2500 }, (_, i) => [
    i,
    `name ${i}`,
    i % 7 ? null : '=x',
  ]);

  it('makes the same bytes as toCsv and reports progress up to the total', async () => {
    const progress: number[] = [];
    const chunks = await toCsvChunks(
      rows,
      (done, total) => {
        expect(total).toBe(rows.length);
        progress.push(done);
      },
      { chunkSize: 1000 },
    );
    expect(chunks.join('')).toBe(toCsv(rows));
    expect(progress).toEqual([1000, 2000, 2500]);
  });

  it('gives the event loop a turn between chunks', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    let ranBeforeLastChunk = false;
    await toCsvChunks(
      rows,
      (done) => {
        if (done === 2500) ranBeforeLastChunk = timerRan;
      },
      { chunkSize: 500 },
    );
    expect(ranBeforeLastChunk).toBe(true);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const run = toCsvChunks(rows, (done) => done >= 500 && controller.abort(), {
      chunkSize: 500,
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow();
  });
});

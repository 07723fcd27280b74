import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/transfer/columns';
import { readShortlistCsv } from '../../src/transfer/csv-read';
import { guardText } from '../../src/transfer/formula-guard';
import type { ShortlistRow } from '../../src/shared/shortlist-row';
import { shortlistCells, shortlistToCsv } from '../../src/transfer/shortlist-csv';
import { sampleRows } from './sample-rows';

/** Opens the export in LibreOffice Calc (headless), as a marketer would, and reads it back. */
const soffice = ['soffice', 'libreoffice']
  .map((name) => (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, name)))
  .flat()
  .find((file) => existsSync(file));
if (!soffice)
  console.log(
    'skipped: LibreOffice (soffice) is not on PATH; apt-get install libreoffice-calc-nogui',
  );

const FORMULAS = [
  '=1+1',
  '\r=1+1',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(1)',
  '\t=1+1',
  '=HYPERLINK("http://x.example","x")',
  // Disguised starts, and text Calc would retype as a number or a date.
  ' =1+1',
  '\u00A0=1+1',
  '\u200B=1+1',
  '＝1+1',
  '007',
  '1/2',
  '(5)',
];
const SCRIPTS = [
  'مرحبا بالعالم',
  'हिन्दी',
  'שלום עולם',
  '田中 太郎',
  'Ελληνικά',
  '👩‍👩‍👧 🚀',
  'café e\u0301',
];

/** Sample rows plus rows whose text fields hold formulas, non-Latin scripts, quotes and line breaks. */
function rowsForCalc(): ShortlistRow[] {
  const rows = sampleRows(120);
  FORMULAS.forEach((formula, i) => {
    const row = rows[i]!;
    row.record.displayName = SCRIPTS[i % SCRIPTS.length]!;
    row.record.bio = `${formula}\nsecond line, with "quotes"`;
    row.entry.notes = formula;
    row.entry.tags = [formula, SCRIPTS[i % SCRIPTS.length]!];
    if (row.record.score?.signals[0]) row.record.score.signals[0].value = -0.5;
  });
  return rows;
}

/** Calc keeps a line break inside a cell as LF, so a bare CR comes back as LF; nothing else changes. */
const asCalcStores = (text: string) => text.replace(/\r\n?/g, '\n');
function deepMapText<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepMapText(v, map)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepMapText(v, map)])) as T;
  return value;
}

describe.skipIf(!soffice)('the CSV in LibreOffice Calc', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'csv-calc-'));
  const rows = rowsForCalc();
  const ours = shortlistToCsv(rows);
  const written = shortlistCells(rows);
  let calcCsv = '';
  let calcXml = '';
  let controlXml = '';

  /** Imports as CSV (comma, quote, UTF-8, from line 1), formulas evaluated as Calc does by default. */
  const convert = (to: string, ...files: string[]) =>
    execFileSync(
      soffice!,
      [
        '--headless',
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--infilter=CSV:44,34,76,1',
        '--convert-to',
        to,
        '--outdir',
        path.join(dir, 'out'),
        ...files,
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );

  beforeAll(() => {
    writeFileSync(path.join(dir, 'shortlist.csv'), ours);
    // The control proves Calc evaluates an unguarded formula here, so the guard is what stops it.
    writeFileSync(path.join(dir, 'control.csv'), '\uFEFFa\r\n=1+1\r\n');
    convert(
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false',
      path.join(dir, 'shortlist.csv'),
    );
    convert('fods', path.join(dir, 'shortlist.csv'), path.join(dir, 'control.csv'));
    calcCsv = readFileSync(path.join(dir, 'out', 'shortlist.csv'), 'utf8');
    calcXml = readFileSync(path.join(dir, 'out', 'shortlist.fods'), 'utf8');
    controlXml = readFileSync(path.join(dir, 'out', 'control.fods'), 'utf8');
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('evaluates an unguarded formula (the control), but no cell of the export', () => {
    expect(controlXml).toMatch(/table:formula="of:=1\+1"/);
    expect(calcXml).not.toMatch(/table:formula=/);
  });

  it('shows every cell as written: same rows, same columns, text intact, numbers as numbers', () => {
    const calc = Papa.parse<string[]>(calcCsv.replace(/^\uFEFF/, ''), {
      delimiter: ',',
      skipEmptyLines: true,
    }).data;
    expect(calc).toHaveLength(written.length);
    const columns = csvColumns();
    calc.forEach((cells, r) => {
      expect(cells).toHaveLength(columns.length);
      cells.forEach((cell, c) => {
        const original = written[r]![c];
        if (typeof original === 'number') expect(Number(cell)).toBe(original);
        else if (original === 'true' || original === 'false')
          expect(cell).toBe(original.toUpperCase());
        else
          expect(cell).toBe(typeof original === 'string' ? asCalcStores(guardText(original)) : '');
      });
    });
  });

  it('shows formula-like text as text with its apostrophe, and keeps non-Latin text', () => {
    const calc = Papa.parse<string[]>(calcCsv.replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
    const notes = calc[0]!.indexOf('Notes');
    const names = calc[0]!.indexOf('Display name');
    FORMULAS.forEach((formula, i) => {
      expect(calc[i + 1]![notes]).toBe(asCalcStores(`'${formula}`));
      expect(calc[i + 1]![names]).toBe(SCRIPTS[i % SCRIPTS.length]);
    });
  });

  it('shows readable percentages and checklist states: numbers to format, words to read', () => {
    const calc = Papa.parse<string[]>(calcCsv.replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
    const header = calc[0]!;
    const body = calc.slice(1).filter((r) => r.length === header.length);
    const percent = header.indexOf('Engagement rate (%)');
    const shown = body.map((r) => r[percent]!).filter(Boolean);
    expect(shown.length).toBeGreaterThan(50);
    for (const cell of shown) expect(cell).toMatch(/^\d+(\.\d{1,2})?$/);
    const inForce = header.flatMap((h, i) => (h.endsWith('(in force)') ? [i] : []));
    expect(inForce).toHaveLength(5);
    const states = new Set(body.flatMap((r) => inForce.map((i) => r[i]!)));
    for (const state of states)
      expect(state).toMatch(/^(Pass|Fail|Unknown) \((automatic|marketer)\)$/);
    expect([...states].some((s) => s.endsWith('(marketer)'))).toBe(true);
    expect(body.every((r) => /^[A-Z]{3}$/.test(r[header.indexOf('Currency')]!))).toBe(true);
  });

  it('gives the same file after a save in Calc and an import into an empty profile', () => {
    const preview = readShortlistCsv(calcCsv);
    expect(preview.errors).toEqual([]);
    expect(shortlistToCsv(preview.rows)).toBe(shortlistToCsv(deepMapText(rows, asCalcStores)));
  });
});

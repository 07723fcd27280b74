import Papa from 'papaparse';
import { csvColumns, type Column } from './columns';
import { mapHeader } from './csv-header';
import { blankRow } from './draft';
import { unguardText } from './formula-guard';
import { parseNumber } from './list-codec';
import { type ImportError, type ImportPreview } from './row';
import { ruleOfCell } from './cell-rule';
import { cellOf, finishIssue, messageOf, tooManyRows, zodIssue } from './csv-problems';
import { ShortlistRow } from '../shared/shortlist-row';

/** More rows than this are refused with a message: the shortlist is built for 10,000. */
const MAX_IMPORT_ROWS = 20_000;

/**
 * Row breaks to "\n" wherever they stand outside quotes, so a file with an LF header and CRLF
 * rows (a hand edit after an export) leaves no "\r" in ids; breaks inside a quoted cell
 * (multi-line notes) are kept exactly, for the byte-identical round trip.
 */
function normalizeRowBreaks(text: string): string {
  return text.replace(/"[^"]*(?:""[^"]*)*"|\r\n?/g, (m) => (m.startsWith('"') ? m : '\n'));
}

export interface CsvReadOptions {
  columns?: readonly Column[];
  /** Stands in for dates a hand-made file leaves out. */
  now?: Date;
  /** Told every PROGRESS_STEP rows and at the end (rows checked, rows in the file). */
  onProgress?: (done: number, total: number) => void;
}

/** How often a long read reports progress: often enough to move a bar, rarely enough to be free. */
export const PROGRESS_STEP = 250;

/**
 * Reads the extension's own CSV (or a hand-edited copy) back into shortlist rows and
 * validates every row with zod. Nothing is committed here: the caller commits `rows` only
 * when `errors` is empty (all-or-nothing). The CSV carries no posts, comments or follower
 * samples, so imported records have none; the JSON backup is the lossless format.
 */
export function readShortlistCsv(
  text: string,
  options: CsvReadOptions = {},
): ImportPreview<ShortlistRow> {
  const columns = options.columns ?? csvColumns();
  const now = (options.now ?? new Date()).toISOString();
  const parsed = Papa.parse<string[]>(normalizeRowBreaks(text.replace(/^\uFEFF/, '')), {
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: false,
  });
  const errors: ImportError[] = parsed.errors.map((e) => ({
    line: (e.row ?? 0) + 1,
    message: `CSV: ${e.message}`,
    rule: { kind: 'csv', code: e.code },
  }));
  const [header, ...records] = parsed.data;
  // The file's last line break leaves one empty record: it is no row to count.
  const last = records.at(-1);
  const total = records.length - (last?.length === 1 && last[0] === '' ? 1 : 0);
  if (total > MAX_IMPORT_ROWS)
    return {
      rows: [],
      errors: [
        {
          line: 1,
          message: tooManyRows(total, MAX_IMPORT_ROWS),
          rule: { kind: 'tooManyRows', rows: total, limit: MAX_IMPORT_ROWS },
        },
      ],
      ignored: [],
    };
  if (!header || (header.length === 1 && header[0] === ''))
    return {
      rows: [],
      errors: [
        { line: 1, message: 'The file is empty: no header row.', rule: { kind: 'emptyFile' } },
      ],
      ignored: [],
    };
  const map = mapHeader(header.map(unguardText), columns);
  errors.push(...map.errors);
  if (map.errors.length > 0) return { rows: [], errors, ignored: map.ignored };

  const rows: ShortlistRow[] = [];
  const lineOfId = new Map<string, number>();
  records.forEach((cells, index) => {
    if (index % PROGRESS_STEP === 0 && index < total) options.onProgress?.(index, total);
    const line = index + 2;
    if (cells.length === 1 && cells[0] === '') return; // blank line
    if (cells.length !== header.length) {
      const message = `Has ${cells.length} cells but the header has ${header.length}.`;
      const code = cells.length < header.length ? 'TooFewFields' : 'TooManyFields';
      errors.push({ line, message, rule: { kind: 'csv', code } });
      return;
    }
    const result = readRow(cells, map.byPosition, columns, now, line);
    if ('issues' in result) return void errors.push(...result.issues);
    const twin = lineOfId.get(result.row.record.id);
    if (twin !== undefined) {
      const message = `Same creator as row ${twin}.`;
      errors.push({ line, column: 'Creator ID', message, rule: { kind: 'sameAs', line: twin } });
      return;
    }
    lineOfId.set(result.row.record.id, line);
    rows.push(result.row);
  });
  options.onProgress?.(total, total);
  return { rows, errors, ignored: map.ignored };
}

type RowResult = { row: ShortlistRow } | { issues: ImportError[] };

function readRow(
  cells: readonly string[],
  byPosition: readonly (Column | undefined)[],
  columns: readonly Column[],
  now: string,
  line: number,
): RowResult {
  const draft = blankRow();
  const issues: ImportError[] = [];
  byPosition.forEach((column, i) => {
    const cell = cells[i] ?? '';
    if (!column) return;
    if (cell === '') {
      if (column.required)
        issues.push({
          line,
          column: column.header,
          message: 'Required, but empty.',
          rule: { kind: 'missing' },
        });
      return;
    }
    try {
      if (column.kind === 'number') column.set?.(draft, parseNumber(cell));
      else column.set?.(draft, unguardText(cell));
    } catch (error) {
      issues.push({
        line,
        column: column.header,
        message: messageOf(error),
        ...ruleOfCell(error, cell),
      });
    }
  });
  if (issues.length > 0) return { issues };
  for (const finish of new Set(columns.map((c) => c.finish))) {
    try {
      finish?.(draft, now);
    } catch (error) {
      issues.push(finishIssue(error, line, cells, byPosition));
    }
  }
  if (issues.length > 0) return { issues };
  const parsed = ShortlistRow.safeParse(draft);
  if (parsed.success) return { row: parsed.data };
  return {
    issues: parsed.error.issues.map((issue) =>
      zodIssue(issue, columns, line, cellOf(cells, byPosition)),
    ),
  };
}

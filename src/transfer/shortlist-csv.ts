import { csvColumns, type Column } from './columns';
import { toCsv, toCsvChunks, type Cell, type ChunkOptions } from './csv-write';
import type { ShortlistRow } from '../shared/shortlist-row';

/** The header row and one row of cells per creator, in column order. */
export function shortlistCells(
  rows: readonly ShortlistRow[],
  columns: readonly Column[] = csvColumns(),
): Cell[][] {
  return [columns.map((c) => c.header), ...rows.map((row) => rowCells(row, columns))];
}

function rowCells(row: ShortlistRow, columns: readonly Column[]): Cell[] {
  const cells = new Array<Cell>(columns.length);
  for (let i = 0; i < columns.length; i++) cells[i] = columns[i]!.get(row);
  return cells;
}

/** The whole export as one string (UTF-8 BOM, CRLF), for small lists and tests. */
export function shortlistToCsv(
  rows: readonly ShortlistRow[],
  columns: readonly Column[] = csvColumns(),
): string {
  return toCsv(shortlistCells(rows, columns));
}

/**
 * The same bytes as `shortlistToCsv`, built chunk by chunk with a turn for the event loop in
 * between, so the shortlist page can show `done` of `total` and stay responsive.
 * Use as `new Blob(await shortlistToCsvChunks(rows, onProgress), { type: 'text/csv' })`.
 */
export async function shortlistToCsvChunks(
  rows: readonly ShortlistRow[],
  onProgress?: (done: number, total: number) => void,
  options: Omit<ChunkOptions<ShortlistRow | null>, 'toCells'> & {
    columns?: readonly Column[];
  } = {},
): Promise<string[]> {
  const columns = options.columns ?? csvColumns();
  const header = columns.map((c) => c.header);
  // null stands for the header row, so it is written by the same loop as the data.
  const items: (ShortlistRow | null)[] = [null, ...rows];
  return toCsvChunks(items, (done, total) => onProgress?.(Math.max(0, done - 1), total - 1), {
    ...options,
    toCells: (row) => (row === null ? header : rowCells(row, columns)),
  });
}

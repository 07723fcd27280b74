import { guardText } from './formula-guard';

/**
 * RFC 4180 writer: UTF-8 with a BOM (so Excel picks UTF-8), CRLF after every record,
 * quotes only around cells holding a comma, quote, CR or LF, quotes doubled inside.
 * Strings are text cells and get the formula guard (see formula-guard.ts); numbers are
 * written as numbers; null/undefined and non-finite numbers are empty cells.
 */
export type Cell = string | number | null | undefined;

export const BOM = '\uFEFF';
const CRLF = '\r\n';
// Speed matters (10,000 rows × 75 columns): a character test for the guard, one regex test
// for quoting, and arrays joined once instead of a growing string.
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

function textCell(text: string): string {
  const guarded = guardText(text);
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(QUOTE, '""')}"` : guarded;
}

function csvCell(cell: Cell): string {
  if (typeof cell === 'string') return textCell(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return '';
}

/** One record, without its line break. */
function csvRecord(cells: readonly Cell[]): string {
  const out = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = csvCell(cells[i]);
  return out.join(',');
}

type Row = readonly Cell[];
const asCells = (row: unknown) => row as Row;

/** Records `from`..`to`, each followed by CRLF (RFC 4180 allows it after the last one too). */
function records<T>(rows: readonly T[], from: number, to: number, toCells: (row: T) => Row) {
  if (to <= from) return '';
  const lines = new Array<string>(to - from + 1);
  for (let i = from; i < to; i++) lines[i - from] = csvRecord(toCells(rows[i]!));
  lines[to - from] = '';
  return lines.join(CRLF);
}

export function toCsv(rows: readonly Row[]): string {
  return BOM + records(rows, 0, rows.length, asCells);
}

export interface ChunkOptions<T> {
  /** Records per chunk; the event loop gets a turn between chunks. */
  chunkSize?: number;
  signal?: AbortSignal;
  /** Turns an item into its cells, chunk by chunk (so building cells is spread out too). */
  toCells?: (row: T) => Row;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same bytes as `toCsv`, as chunks (ready for `new Blob(chunks)`), giving the event loop
 * a turn between chunks so a long export can show progress and stay cancellable.
 */
export async function toCsvChunks<T = Row>(
  rows: readonly T[],
  onProgress?: (done: number, total: number) => void,
  { chunkSize = 1000, signal, toCells = asCells }: ChunkOptions<T> = {},
): Promise<string[]> {
  const size = Math.max(1, Math.floor(chunkSize));
  const chunks: string[] = [BOM];
  for (let from = 0; from < rows.length; from += size) {
    signal?.throwIfAborted();
    const to = Math.min(rows.length, from + size);
    chunks.push(records(rows, from, to, toCells));
    onProgress?.(to, rows.length);
    if (to < rows.length) await yieldToEventLoop();
  }
  if (rows.length === 0) onProgress?.(0, 0);
  return chunks;
}

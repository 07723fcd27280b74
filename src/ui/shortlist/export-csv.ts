import { shortlistToCsvChunks } from '../../transfer/shortlist-csv';

// Kept for callers that imported it from here before it moved to src/ui/download.ts.
export { downloadBlob } from '../download';
import type { ShortlistRow } from '../../transfer/row';

/** The rows in the order of `ids` (the table's order); ids without a row are skipped. */
export function inOrderOf(rows: readonly ShortlistRow[], ids: readonly string[]): ShortlistRow[] {
  const byId = new Map(rows.map((r) => [r.record.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** "shortlist-2026-03-01.csv", or "shortlist-filtered-…" for part of the list. */
export function exportFileName(which: 'all' | 'filtered' | 'selected', now = new Date()): string {
  const date = now.toISOString().slice(0, 10);
  return which === 'all' ? `shortlist-${date}.csv` : `shortlist-${which}-${date}.csv`;
}

/**
 * Builds the CSV in chunks (src/transfer: RFC 4180, BOM, CRLF, formula guard), reporting
 * progress between chunks so the page can show it and stay responsive at 10,000 rows.
 */
export async function buildCsv(
  rows: readonly ShortlistRow[],
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  const chunks = await shortlistToCsvChunks(rows, onProgress, {
    chunkSize: 500,
    ...(signal ? { signal } : {}),
  });
  return new Blob(chunks, { type: 'text/csv;charset=utf-8' });
}

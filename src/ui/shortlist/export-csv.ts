import { shortlistToCsvChunks } from '../../transfer/shortlist-csv';

// Kept for callers that imported it from here before it moved to src/ui/download.ts.
import type { ShortlistRow } from '../../shared/shortlist-row';

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

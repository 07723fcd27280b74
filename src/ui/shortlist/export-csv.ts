import type { ChecklistState } from '../../shared/creator';
import type { ShortlistItem } from '../../storage/shortlist';
import { shortlistToCsvChunks } from '../../transfer/shortlist-csv';
import type { ShortlistRow } from '../../transfer/row';

/** Saves a file through a Blob link: needs no "downloads" permission. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The light records joined with their checklists: the unit the CSV column set reads. */
export function exportRows(
  items: readonly ShortlistItem[],
  checklists: ReadonlyMap<string, ChecklistState>,
): ShortlistRow[] {
  return items.map(({ record, entry }) => ({
    record,
    entry,
    checklist: checklists.get(record.id) ?? null,
  }));
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

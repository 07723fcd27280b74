import type { ShortlistRow } from '../../shared/shortlist-row';
import { sortRows, type SortOrder } from './sort';
import type { ViewRow } from './view-row';

/**
 * Ids to export, sorted afresh (the table keeps its order across edits): the same data and
 * sort give the same file, so export → import elsewhere → export is byte-identical.
 */
export function exportOrder(
  rows: readonly ViewRow[],
  sort: SortOrder,
  keep: (row: ViewRow) => boolean,
): string[] {
  return sortRows(rows, sort)
    .filter(keep)
    .map((row) => row.id);
}

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

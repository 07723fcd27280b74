import type { Platform } from '../../shared/model';
import { summarize, type ShortlistSummary } from '../../storage/shortlist-index';
import type { ShortlistRow } from '../../shared/shortlist-row';

/** A field the preview names when an import would change it. */
type ChangedField = 'name' | 'followers' | 'tier' | 'risk' | 'status' | 'tags' | 'notes';

export interface Conflict {
  id: string;
  handle: string;
  platform: Platform;
  changes: { field: ChangedField; from: string; to: string }[];
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** What the marketer sees per field; equal strings mean "unchanged". */
function fieldsOf(summary: ShortlistSummary): Record<ChangedField, string> {
  const { entry } = summary;
  return {
    name: text(summary.displayName),
    followers: text(summary.followers?.value),
    tier: summary.tier,
    risk: summary.risk,
    status: entry.status,
    tags: entry.tags.join(', '),
    notes: entry.notes,
  };
}

/**
 * The imported rows that would overwrite a creator on the shortlist, with each visible field
 * that differs (old → new). A row that changes nothing visible is still listed: it replaces
 * the stored copy, and the marketer should know which creators are touched.
 */
export function conflictsOf(
  rows: readonly ShortlistRow[],
  current: ReadonlyMap<string, ShortlistSummary>,
): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const row of rows) {
    const stored = current.get(row.record.id);
    if (!stored) continue;
    const before = fieldsOf(stored);
    const after = fieldsOf(summarize(row.record, row.entry));
    const changes = (Object.keys(before) as ChangedField[])
      .filter((field) => before[field] !== after[field])
      .map((field) => ({ field, from: before[field], to: after[field] }));
    conflicts.push({
      id: row.record.id,
      handle: row.record.handle,
      platform: row.record.platform,
      changes,
    });
  }
  return conflicts;
}

import type { ShortlistSummary } from '../../storage/shortlist-index';
import type { ShortlistChanges } from '../../storage/shortlist-load';
import type { RiskLevel, TierId, VerdictLevel } from '../../shared/score';

/**
 * One shortlist line prepared once for filtering and sorting, so a keystroke at 10,000
 * creators does no lowercasing, no lookups and no allocation per row.
 */
export interface ViewRow {
  id: string;
  item: ShortlistSummary;
  /** Lowercase name, handle, platform, tags and notes: what the search box looks through. */
  searchKey: string;
  /** Lowercase display name (or handle): the name sort's key. */
  nameKey: string;
  tagKeys: string[];
  followers: number | null;
  engagement: number | null;
  tier: TierId;
  risk: RiskLevel;
  fit: number | null;
  verdict: VerdictLevel;
}

export function toViewRow(item: ShortlistSummary): ViewRow {
  const { entry } = item;
  const name = item.displayName ?? item.handle;
  return {
    id: item.id,
    item,
    searchKey: [name, `@${item.handle}`, item.platform, ...entry.tags, entry.notes]
      .join('\n')
      .toLowerCase(),
    nameKey: name.toLowerCase(),
    tagKeys: entry.tags.map((tag) => tag.toLowerCase()),
    followers: item.followers?.value ?? null,
    engagement: item.engagementRate,
    tier: item.tier,
    risk: item.risk,
    fit: item.nicheFit,
    verdict: item.verdict,
  };
}

export function toViewRows(items: readonly ShortlistSummary[]): ViewRow[] {
  return items.map(toViewRow);
}

/** The rows with a check's changes applied; untouched rows keep their identity (and memo). */
export function patchRows(rows: readonly ViewRow[], { changed, removed }: ShortlistChanges) {
  const gone = new Set(removed);
  const fresh = new Map(changed.map((s) => [s.id, s]));
  const next = rows
    .filter((r) => !gone.has(r.id))
    .map((r) => {
      const summary = fresh.get(r.id);
      return summary ? toViewRow(summary) : r;
    });
  const known = new Set(rows.map((r) => r.id));
  return [...next, ...changed.filter((s) => !known.has(s.id)).map(toViewRow)];
}

/** Every tag in use, case-folded to one spelling (the first seen), sorted for the filter menu. */
export function tagsInUse(rows: readonly ViewRow[]): string[] {
  const byKey = new Map<string, string>();
  for (const row of rows) {
    row.item.entry.tags.forEach((tag, i) => {
      const key = row.tagKeys[i]!;
      if (!byKey.has(key)) byKey.set(key, tag);
    });
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

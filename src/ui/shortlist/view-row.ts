import type { ShortlistItem } from '../../storage/shortlist';
import type { RiskLevel, TierId } from '../../shared/score';

/**
 * One shortlist line prepared once for filtering and sorting, so a keystroke at 10,000
 * creators does no lowercasing, no score lookups and no allocation per row.
 */
export interface ViewRow {
  id: string;
  item: ShortlistItem;
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
}

export function toViewRow(item: ShortlistItem): ViewRow {
  const { record, entry } = item;
  const name = record.displayName ?? record.handle;
  const tagKeys = entry.tags.map((tag) => tag.toLowerCase());
  const score = record.score;
  return {
    id: record.id,
    item,
    searchKey: [name, `@${record.handle}`, record.platform, ...entry.tags, entry.notes]
      .join('\n')
      .toLowerCase(),
    nameKey: name.toLowerCase(),
    tagKeys,
    followers: record.followers?.value ?? null,
    engagement: score?.engagementRate ?? null,
    tier: score?.tier ?? 'unknown',
    risk: score?.risk ?? 'unknown',
    fit: score?.nicheFit ?? null,
  };
}

export function toViewRows(items: readonly ShortlistItem[]): ViewRow[] {
  return items.map(toViewRow);
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

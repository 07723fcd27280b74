import type { VerdictLevel } from '../../shared/score';
import type { ViewRow } from './view-row';

export const SORT_KEYS = ['name', 'verdict', 'followers', 'engagement', 'fit', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
type SortDirection = 'asc' | 'desc';

export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortOrder = { key: 'updated', direction: 'desc' };

/** Book first: ascending order reads as "who to book first". */
const VERDICT_RANK: Record<VerdictLevel, number | null> = {
  book: 0,
  check: 1,
  avoid: 2,
  unknown: null,
};

/** The value a key sorts by; null (not visible, not scored) always sorts last. */
function sortValue(row: ViewRow, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return row.nameKey;
    case 'followers':
      return row.followers;
    case 'engagement':
      return row.engagement;
    case 'verdict':
      return VERDICT_RANK[row.verdict];
    case 'fit':
      return row.fit;
    case 'updated':
      return row.item.entry.updatedAt;
  }
}

/**
 * A new array in the given order. Missing values go last in both directions (a marketer
 * sorting by engagement wants the measured ones first); ties keep a stable order by id so
 * the list does not jump between renders.
 */
export function sortRows(rows: readonly ViewRow[], order: SortOrder): ViewRow[] {
  const sign = order.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: sortValue(row, order.key) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) {
      return (a.value < b.value ? -1 : 1) * sign;
    }
    return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

/** Clicking a column's header: the same key flips direction; a new key starts in its natural one. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'name' || key === 'verdict' ? 'asc' : 'desc' };
}

import { useMemo, useRef } from 'preact/hooks';
import { sortRows, type SortOrder } from './sort';
import type { ViewRow } from './view-row';

/**
 * The list in display order. It is sorted again when the sort changes or creators join or
 * leave the list (`membership` changes), not when one is edited: after setting a status the
 * row stays where it was, under the pointer and the keyboard focus, instead of jumping to
 * the top of "last updated". Edited rows still show their new data (looked up by id).
 */
export function useStableOrder(rows: ViewRow[], sort: SortOrder, membership: number) {
  const latest = useRef(rows);
  latest.current = rows;
  // Deliberately not keyed on `rows`: see above.
  const ids = useMemo(() => sortRows(latest.current, sort).map((r) => r.id), [sort, membership]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const ordered = useMemo(() => ids.flatMap((id) => byId.get(id) ?? []), [ids, byId]);
  return { ordered, byId };
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { VettingDb } from '../../storage/open';
import { editShortlistEntries } from '../../storage/bulk';
import { removeShortlistEntries } from '../../storage/shortlist';
import type { ShortlistSummary } from '../../storage/shortlist-index';
import type { ShortlistChanges } from '../../storage/shortlist-load';
import { applyEdit, type EntryEdit } from './entry-edits';
import { createFilter, NO_FILTERS, type Filters } from './filter';
import { EMPTY_SELECTION, prune, type Selection } from './selection';
import { DEFAULT_SORT, sortRows, type SortOrder } from './sort';
import { useIndexKeeper } from './use-index-keeper';
import { patchRows, toViewRow, toViewRows, type ViewRow } from './view-row';

/**
 * The shortlist page's state: rows, filters, sort and selection, and the edits that write
 * through to storage. Sorting is memoised on (rows, sort) so a keystroke only filters,
 * and filtering narrows the previous result while the query grows (see createFilter).
 */
export function useShortlist(db: VettingDb, initial: ViewRow[], fromIndex: boolean) {
  const [rows, setRows] = useState(initial);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const filter = useRef(createFilter()).current;

  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filter(sorted, filters), [filter, sorted, filters]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);

  const replaceAll = useCallback((next: readonly ShortlistSummary[]) => {
    const fresh = toViewRows(next);
    setRows(fresh);
    setSelection((s) => prune(s, new Set(fresh.map((r) => r.id))));
  }, []);
  const patch = useCallback((changes: ShortlistChanges) => {
    setRows((current) => patchRows(current, changes));
    const gone = new Set(changes.removed);
    if (gone.size > 0) setSelection((s) => prune(s, new Set([...s].filter((id) => !gone.has(id)))));
  }, []);
  const keeper = useIndexKeeper(db, rows, fromIndex, replaceAll, patch);

  /** Applies one edit to the given creators in one transaction; unedited rows keep identity. */
  const edit = useCallback(
    async (ids: readonly string[], change: EntryEdit): Promise<void> => {
      keeper.touched();
      const now = new Date();
      const stored = await editShortlistEntries(db, ids, (e) => applyEdit(e, change, now));
      const changed = new Map(stored.map((e) => [e.creatorId, e]));
      setRows((current) =>
        current.map((row) => {
          const entry = changed.get(row.id);
          return entry ? toViewRow({ ...row.item, entry }) : row;
        }),
      );
    },
    [db, keeper],
  );

  useEffect(() => () => keeper.flush(), [keeper]);

  return {
    rows,
    sorted,
    shown,
    byId,
    filters,
    setFilters,
    sort,
    setSort,
    selection,
    setSelection,
    edit,
    async remove(ids: readonly string[]): Promise<void> {
      keeper.touched();
      await removeShortlistEntries(db, [...ids]);
      const gone = new Set(ids);
      replaceAll(rows.filter((r) => !gone.has(r.id)).map((r) => r.item));
    },
    /** Reads everything again, exactly (after an import). */
    reload: () => keeper.reload(),
  };
}

export type ShortlistModel = ReturnType<typeof useShortlist>;

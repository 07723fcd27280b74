import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { VettingDb } from '../../storage/open';
import { editShortlistEntries } from '../../storage/bulk';
import { listShortlist, removeShortlistEntries } from '../../storage/shortlist';
import { applyEdit, type EntryEdit } from './entry-edits';
import { createFilter, NO_FILTERS, type Filters } from './filter';
import { EMPTY_SELECTION, prune, type Selection } from './selection';
import { DEFAULT_SORT, sortRows, type SortOrder } from './sort';
import { toViewRow, toViewRows, type ViewRow } from './view-row';

/**
 * The shortlist page's state: rows, filters, sort and selection, and the edits that write
 * through to storage. Sorting is memoised on (rows, sort) so a keystroke only filters,
 * and filtering narrows the previous result while the query grows (see createFilter).
 */
export function useShortlist(db: VettingDb, initial: ViewRow[]) {
  const [rows, setRows] = useState(initial);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const filter = useRef(createFilter()).current;

  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filter(sorted, filters), [filter, sorted, filters]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);

  /** Applies one edit to the given creators in one transaction; unedited rows keep identity. */
  const edit = useCallback(
    async (ids: readonly string[], change: EntryEdit): Promise<void> => {
      const now = new Date();
      const stored = await editShortlistEntries(db, ids, (e) => applyEdit(e, change, now));
      const changed = new Map(stored.map((e) => [e.creatorId, e]));
      setRows((current) =>
        current.map((row) => {
          const entry = changed.get(row.id);
          return entry ? toViewRow({ record: row.item.record, entry }) : row;
        }),
      );
    },
    [db],
  );

  const replaceRows = useCallback((next: ViewRow[]) => {
    setRows(next);
    setSelection((s) => prune(s, new Set(next.map((r) => r.id))));
  }, []);

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
      await removeShortlistEntries(db, [...ids]);
      const gone = new Set(ids);
      replaceRows(rows.filter((r) => !gone.has(r.id)));
    },
    /** Reads everything again (after an import). */
    async reload(): Promise<void> {
      replaceRows(toViewRows(await listShortlist(db)));
    },
  };
}

export type ShortlistModel = ReturnType<typeof useShortlist>;

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { onStoreChange } from '../../storage/change-feed';
import { summariesFor } from '../../storage/shortlist-refresh';
import type { ShortlistSummary } from '../../storage/shortlist-index';
import type { OpenSource, ShortlistChanges } from '../../storage/shortlist-load';
import { applyEdit, type EntryEdit } from './entry-edits';
import { createFilter, NO_FILTERS, type Filters } from './filter';
import { EMPTY_SELECTION, prune, type Selection } from './selection';
import { DEFAULT_SORT, type SortOrder } from './sort';
import { useStableOrder } from './use-stable-order';
import { useIndexKeeper } from './use-index-keeper';
import { patchRows, toViewRow, toViewRows, type ViewRow } from './view-row';
import { loadWriters } from './lazy';
import { useStoreDb } from '../store';

/**
 * The shortlist page's state: rows, filters, sort and selection, and the edits that write
 * through to storage. The order is kept stable across edits (see useStableOrder); a
 * keystroke only filters, narrowing the previous result while the query grows (createFilter).
 */
export function useShortlist(initial: ViewRow[], source: OpenSource) {
  const db = useStoreDb();
  const [rows, setRows] = useState(initial);
  const [complete, setComplete] = useState(source !== 'head');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [membership, setMembership] = useState(0);
  const filter = useRef(createFilter()).current;

  const { ordered: sorted, byId } = useStableOrder(rows, sort, membership);
  const shown = useMemo(() => filter(sorted, filters), [filter, sorted, filters]);
  const known = useRef(byId);
  known.current = byId;

  const replaceAll = useCallback((next: readonly ShortlistSummary[]) => {
    const fresh = toViewRows(next);
    setRows(fresh);
    setMembership((n) => n + 1);
    setSelection((s) => prune(s, new Set(fresh.map((r) => r.id))));
  }, []);
  const patch = useCallback((changes: ShortlistChanges) => {
    const joins = changes.changed.some((s) => !known.current.has(s.id));
    if (joins || changes.removed.length > 0) setMembership((n) => n + 1);
    setRows((current) => patchRows(current, changes));
    const gone = new Set(changes.removed);
    if (gone.size > 0) setSelection((s) => prune(s, new Set([...s].filter((id) => !gone.has(id)))));
  }, []);
  const completed = useCallback(() => setComplete(true), []);
  const keeper = useIndexKeeper(db, rows, source, { replaceAll, patch, completed });

  /** Applies one edit to the given creators in one transaction; unedited rows keep identity. */
  const edit = useCallback(
    async (ids: readonly string[], change: EntryEdit): Promise<void> => {
      keeper.touched(ids);
      const now = new Date();
      const { editShortlistEntries } = await loadWriters();
      const stored = await editShortlistEntries(db, ids, (e) => applyEdit(e, change, now));
      keeper.touched(ids);
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
  // Another tab, the popup or the worker changed creators: show what is stored now, so an
  // edit made here starts from it (see entry-patch.ts for edits already open).
  useEffect(
    () =>
      onStoreChange((change) => {
        if (!change.ids) return void keeper.reload();
        void summariesFor(db, change.ids).then(({ found, missing }) => {
          const gone = change.removed ? missing : [];
          if (found.length === 0 && gone.length === 0) return;
          keeper.touched(change.ids ?? []);
          patch({ changed: found, removed: gone });
        });
      }),
    [db, keeper, patch],
  );

  return {
    rows,
    /** False while only the index's head (the first screen) is on the page. */
    complete,
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
      keeper.touched(ids);
      const { removeShortlistEntries } = await loadWriters();
      await removeShortlistEntries(db, [...ids]);
      keeper.touched(ids);
      patch({ changed: [], removed: [...ids] });
    },
    /** Reads everything again, exactly (after an import). */
    reload: () => keeper.reload(),
  };
}

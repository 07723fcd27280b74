import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { VettingDb } from '../../storage/open';
import {
  summarize,
  writeShortlistIndex,
  type ShortlistSummary,
} from '../../storage/shortlist-index';
import {
  checkEntries,
  loadWhole,
  readShortlistRows,
  readSummaries,
  reconcileShortlist,
  type OpenSource,
  type ShortlistChanges,
} from '../../storage/shortlist-load';
import { afterQuiet } from './quiet';
import type { ViewRow } from './view-row';

/** Quiet time before the index is rewritten after an edit (edits come in bursts). */
const SAVE_DELAY_MS = 400;
/** Pauses in typing and scrolling before the entries, then every record, are read again. */
const ENTRIES_QUIET_MS = 300;
const QUIET_MS = 1500;

export interface KeeperCallbacks {
  replaceAll: (next: readonly ShortlistSummary[]) => void;
  patch: (changes: ShortlistChanges) => void;
  /** The whole list is on the page (after a first paint from the index's head). */
  completed: () => void;
}

/**
 * Keeps the page and the shortlist index honest. After a first paint from the index's head
 * it loads the whole index; then it checks the shortlist entries (small) at once and every
 * creator record once the user pauses. A check's result is dropped if the user edited meanwhile (the edit
 * is newer than the read); creators edited while the whole list was loading are re-read.
 * Edits rewrite the index a moment later, never while only the head is on the page.
 */
export function useIndexKeeper(
  db: VettingDb,
  rows: ViewRow[],
  source: OpenSource,
  { replaceAll, patch, completed }: KeeperCallbacks,
) {
  const edits = useRef(0);
  const editedEarly = useRef(new Set<string>());
  const complete = useRef(source !== 'head');
  const latest = useRef(rows);
  latest.current = rows;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const keeper = useMemo(() => {
    const summaries = () => latest.current.map((r) => r.item);
    const save = () => {
      timer.current = null;
      void writeShortlistIndex(db, summaries());
    };
    const scheduleSave = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
    };
    const refresh = async (
      check: (current: ShortlistSummary[]) => Promise<ShortlistChanges | null>,
    ) => {
      const before = edits.current;
      const changes = await check(summaries());
      if (changes && edits.current === before) patch(changes);
    };
    /** The whole list after a head-only first paint, with early edits read again. */
    const completeFromIndex = async (): Promise<'index' | 'stores'> => {
      const whole = await loadWhole(db);
      replaceAll(whole.summaries);
      complete.current = true;
      completed();
      const early = editedEarly.current;
      if (early.size > 0) {
        const exact = await readShortlistRows(db, { ids: early });
        const found = new Set(exact.map((r) => r.record.id));
        const changed = exact.map((r) => summarize(r.record, r.entry));
        patch({ changed, removed: [...early].filter((id) => !found.has(id)) });
        scheduleSave();
      }
      return whole.source;
    };
    return {
      touched: (ids: readonly string[]) => {
        edits.current++;
        if (complete.current) scheduleSave();
        else ids.forEach((id) => editedEarly.current.add(id));
      },
      flush: () => {
        if (timer.current) {
          clearTimeout(timer.current);
          save();
        }
      },
      /** Stops at the next step once `stopped` aborts (the page unmounted). */
      start: async (stopped: AbortSignal) => {
        const from = source === 'head' ? await completeFromIndex() : source;
        if (from === 'stores' || !(await afterQuiet(ENTRIES_QUIET_MS, stopped))) return;
        await refresh((current) => checkEntries(db, current));
        // Reading every record is the slow part (seconds at 10,000): only once the user pauses.
        if (!(await afterQuiet(QUIET_MS, stopped))) return;
        await refresh((current) => reconcileShortlist(db, current));
      },
      reload: async () => {
        edits.current++;
        const exact = await readSummaries(db);
        replaceAll(exact);
        await writeShortlistIndex(db, exact);
      },
    };
  }, [db, source, replaceAll, patch, completed]);

  useEffect(() => {
    const unmounted = new AbortController();
    void keeper.start(unmounted.signal);
    // Closing the tab runs no unmount: write a pending index now (best effort; the next
    // open's entry check corrects whatever did not make it).
    window.addEventListener('pagehide', keeper.flush);
    return () => {
      unmounted.abort();
      window.removeEventListener('pagehide', keeper.flush);
    };
  }, [keeper]);

  return keeper;
}

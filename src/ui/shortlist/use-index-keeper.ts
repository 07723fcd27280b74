import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { VettingDb } from '../../storage/open';
import { writeShortlistIndex, type ShortlistSummary } from '../../storage/shortlist-index';
import {
  checkMembership,
  readSummaries,
  reconcileShortlist,
  type ShortlistChanges,
} from '../../storage/shortlist-load';
import type { ViewRow } from './view-row';

/** Quiet time before the index is rewritten after an edit (edits come in bursts). */
const SAVE_DELAY_MS = 400;

/**
 * Keeps the page and the shortlist index honest. After opening from the index it checks
 * membership (keys only), then every field in the background; the page takes the exact
 * list unless the user edited meanwhile (the edit is newer than what was read). Edits on
 * the page rewrite the index a moment later.
 */
export function useIndexKeeper(
  db: VettingDb,
  rows: ViewRow[],
  fromIndex: boolean,
  replaceAll: (next: readonly ShortlistSummary[]) => void,
  patch: (changes: ShortlistChanges) => void,
) {
  const edits = useRef(0);
  const latest = useRef(rows);
  latest.current = rows;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const keeper = useMemo(() => {
    const save = () => {
      timer.current = null;
      void writeShortlistIndex(
        db,
        latest.current.map((r) => r.item),
      );
    };
    /** Runs `read` and applies its result only if no edit happened while it ran. */
    const refresh = async (read: () => Promise<ShortlistChanges | null>) => {
      const before = edits.current;
      const changes = await read();
      if (changes && edits.current === before) patch(changes);
    };
    return {
      touched: () => {
        edits.current++;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(save, SAVE_DELAY_MS);
      },
      flush: () => {
        if (timer.current) {
          clearTimeout(timer.current);
          save();
        }
      },
      refresh,
      reload: async () => {
        edits.current++;
        const exact = await readSummaries(db);
        replaceAll(exact);
        await writeShortlistIndex(db, exact);
      },
    };
  }, [db, replaceAll, patch]);

  useEffect(() => {
    if (!fromIndex) return;
    void (async () => {
      await keeper.refresh(() =>
        checkMembership(
          db,
          latest.current.map((r) => r.item),
        ),
      );
      await keeper.refresh(() =>
        reconcileShortlist(
          db,
          latest.current.map((r) => r.item),
        ),
      );
    })();
  }, [db, fromIndex, keeper]);

  return keeper;
}

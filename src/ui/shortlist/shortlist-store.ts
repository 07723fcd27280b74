import { useMemo } from 'preact/hooks';
import { openShortlist } from '../../storage/shortlist-load';
import { useStoreDb } from '../store';
import type { ImportPlan } from './import-plan';
import { loadWriters } from './lazy';

/*
 * The shortlist page's one way into storage for its components: they import from here (the
 * page's hooks, use-shortlist and use-export, reach the rest), never from src/storage, and
 * never hold the database: these are bound to the page's store (src/ui/store.ts).
 */
export type { OpenSource } from '../../storage/shortlist-load';
export type { ShortlistSummary } from '../../storage/shortlist-index';

/** What opening the page reads: the index's head first (see storage/shortlist-load.ts). */
export const SHORTLIST_STORE = { openShortlist };

/** The import's reads and writes (in the writers' chunk, loaded on first use). */
export function useImportStore() {
  const db = useStoreDb();
  return useMemo(
    () => ({
      storedCreatorIds: async () => (await loadWriters()).storedCreatorIds(db),
      /** Saves every planned row in one go, then links the accounts the Person columns name. */
      saveImport: async (plan: ImportPlan) => {
        const { saveShortlistRows, restorePeople } = await loadWriters();
        await saveShortlistRows(db, plan.rows, {
          readings: plan.readings,
          keepStoredDetails: plan.kind === 'csv',
          alreadyValid: true,
        });
        // After the accounts exist.
        await restorePeople(
          db,
          plan.rows.flatMap((r) =>
            r.person ? [{ creatorId: r.record.id, person: r.person }] : [],
          ),
        );
      },
    }),
    [db],
  );
}

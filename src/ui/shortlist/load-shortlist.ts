import { sharedDb, type VettingDb, openShortlist, type OpenSource } from './shortlist-store';
import type { ShortlistSummary } from '../../storage/shortlist-index';

export type LoadedShortlist =
  | { kind: 'error'; reason: string }
  | {
      kind: 'ready';
      db: VettingDb;
      summaries: ShortlistSummary[];
      total: number;
      source: OpenSource;
    };

/**
 * The first screen's data: the database and the index's head. Started by the page's entry
 * before the UI code is loaded and evaluated (see pages/shortlist.tsx), so the two overlap.
 * `reason` is the storage's own words; the page puts them in a sentence.
 */
export async function loadShortlist(): Promise<LoadedShortlist> {
  const opened = await sharedDb();
  if (!opened.ok) return { kind: 'error', reason: opened.reason };
  try {
    return { kind: 'ready', db: opened.db, ...(await openShortlist(opened.db)) };
  } catch (error) {
    return { kind: 'error', reason: String(error) };
  }
}

import { SHORTLIST_STORE, type OpenSource } from './shortlist-store';
import { bindStore, openStore, type Store } from '../store';
import type { ShortlistSummary } from '../../storage/shortlist-index';

export type LoadedShortlist =
  | { kind: 'error'; reason: string }
  | {
      kind: 'ready';
      /** For the page's StoreProvider: components never see the database itself. */
      store: Store;
      summaries: ShortlistSummary[];
      total: number;
      source: OpenSource;
    };

/**
 * The first screen's data: the database and the index's head. Started by the page's entry
 * before the UI code is loaded and evaluated (see pages/shortlist.tsx), so the two overlap.
 * `reason` is the storage's own text, for engineers: the page says it in words (errorWords).
 */
export async function loadShortlist(): Promise<LoadedShortlist> {
  const opened = await openStore();
  if (!opened.ok) return { kind: 'error', reason: opened.reason };
  try {
    const { store } = opened;
    return { kind: 'ready', store, ...(await bindStore(store, SHORTLIST_STORE).openShortlist()) };
  } catch (error) {
    return { kind: 'error', reason: String(error) };
  }
}

/**
 * The shortlist page's one way into storage for its components: they import from here (the
 * page's hooks reach the rest), never from src/storage, so the lint can hold the line.
 */
export { sharedDb, type VettingDb } from '../../storage/open';
export { openShortlist, type OpenSource } from '../../storage/shortlist-load';
export type { ShortlistSummary } from '../../storage/shortlist-index';

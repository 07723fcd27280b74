/**
 * The options page's one way into storage: its components import from here (or from
 * backup-actions.ts), never from src/storage, so what the page may change is listed in one place.
 */
export { getSettings, patchSettings } from '../../storage/settings';
export { listCreatorIds } from '../../storage/backup-ops';
export { sharedDb, type VettingDb } from '../../storage/open';

import { getSettings, patchSettings } from '../../storage/settings';
import { listCreatorIds } from '../../storage/backup-ops';
import { useStore } from '../store';
import { backupText, countStored, deleteEverything, restoreBackup } from './backup-actions';

/**
 * What the options page may read and change in storage, in one place: its components get
 * these bound to the page's store through useOptionsStore(), never from src/storage.
 */
export const OPTIONS_STORE = {
  getSettings,
  patchSettings,
  listCreatorIds,
  backupText,
  restoreBackup,
  countStored,
  deleteEverything,
};

export const useOptionsStore = () => useStore(OPTIONS_STORE);

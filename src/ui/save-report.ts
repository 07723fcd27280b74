import type { VettingDb } from '../storage/open';
import { downloadBlob } from './download';
import { t } from './i18n';

/**
 * Saves a vetting report through a blob link (no "downloads" permission). The builders load
 * on first use, so no page pays for them at startup. Returns what to tell the marketer.
 */
export async function saveCreatorReport(db: VettingDb, creatorId: string): Promise<string> {
  try {
    const { creatorReportFile } = await import('../report/load');
    const file = await creatorReportFile(db, creatorId);
    if (!file) return t('reportNotStored');
    downloadBlob(file.blob, file.name);
    return t('reportSaved', [file.name]);
  } catch (error) {
    return t('reportFailed', [error instanceof Error ? error.message : String(error)]);
  }
}

/** The selected creators side by side, as one file. */
export async function saveShortlistReport(db: VettingDb, ids: readonly string[]): Promise<string> {
  try {
    const { shortlistReportFile } = await import('../report/load');
    const file = await shortlistReportFile(db, ids);
    if (!file) return t('reportNotStored');
    downloadBlob(file.blob, file.name);
    return t('reportSaved', [file.name]);
  } catch (error) {
    return t('reportFailed', [error instanceof Error ? error.message : String(error)]);
  }
}

import type { ReportFile } from '../report/load';
import type { VettingDb } from '../storage/open';
import { downloadBlob } from './download';
import { t } from './i18n';
import { useStore } from './store';
import { errorWords } from './errors/error-words';

type Builders = typeof import('../report/load');

/**
 * Saves a vetting report through a blob link (no "downloads" permission). The builders load
 * on first use, so no page pays for them at startup. Returns what to tell the marketer.
 */
async function save(make: (b: Builders) => Promise<ReportFile | null>): Promise<string> {
  try {
    const file = await make(await import('../report/load'));
    if (!file) return t('reportNotStored');
    downloadBlob(file.blob, file.name);
    return t('reportSaved', [file.name]);
  } catch (error) {
    return t('reportFailed', [errorWords(error)]);
  }
}

/** One creator's report. */
const saveCreatorReport = (db: VettingDb, creatorId: string) =>
  save((b) => b.creatorReportFile(db, creatorId));

/** The selected creators side by side, as one file. */
const saveShortlistReport = (db: VettingDb, ids: readonly string[]) =>
  save((b) => b.shortlistReportFile(db, ids));

/** The report savers, bound to the page's store by useReports() (or bindStore when lazy). */
export const REPORTS = { saveCreatorReport, saveShortlistReport };
export const useReports = () => useStore(REPORTS);

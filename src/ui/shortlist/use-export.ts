import { useState } from 'preact/hooks';
import type { VettingDb } from '../../storage/open';
import type { ShortlistItem } from '../../storage/shortlist';
import { listChecklists } from '../../storage/bulk';
import { t } from '../i18n';
import { buildCsv, downloadBlob, exportFileName, exportRows } from './export-csv';

export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * Runs one export at a time: joins the checklists, builds the CSV in chunks while
 * `progress` updates, then downloads it and reports through `announce`.
 */
export function useExport(db: VettingDb, announce: (text: string) => void) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const run = async (items: readonly ShortlistItem[], which: 'all' | 'filtered' | 'selected') => {
    if (progress) return;
    setProgress({ done: 0, total: items.length });
    try {
      const checklists = await listChecklists(db);
      const rows = exportRows(items, checklists);
      const blob = await buildCsv(rows, (done, total) => setProgress({ done, total }));
      const name = exportFileName(which);
      downloadBlob(blob, name);
      announce(t('shortlistExported', [String(items.length), name]));
    } catch (error) {
      announce(
        t('shortlistExportFailed', [error instanceof Error ? error.message : String(error)]),
      );
    } finally {
      setProgress(null);
    }
  };
  return { progress, run };
}

import { useState } from 'preact/hooks';
import { readShortlistRows } from '../../storage/shortlist-load';
import { countOf, t } from '../i18n';
import { downloadBlob } from '../download';
import { exportFileName, inOrderOf } from './export-scope';
import { loadWriters } from './lazy';
import { useStoreDb } from '../store';
import { errorWords } from '../errors/error-words';

export interface ExportProgress {
  phase: 'read' | 'write';
  done: number;
  total: number;
}

/**
 * Runs one export at a time from storage (never from the table's summaries, so the file is
 * exact): reads the records and checklists, builds the CSV in chunks while `progress`
 * updates, then downloads it and reports through `announce`.
 */
export function useExport(announce: (text: string) => void) {
  const db = useStoreDb();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const run = async (ids: readonly string[], which: 'all' | 'filtered' | 'selected') => {
    if (progress) return;
    setProgress({ phase: 'read', done: 0, total: ids.length });
    try {
      // Costs and results travel in the same file (the Campaign columns), and so do the
      // people the accounts are linked to (the Person columns).
      const { buildCsv, withCampaigns, withPeople } = await loadWriters();
      const rows = await withPeople(
        db,
        await withCampaigns(
          db,
          await readShortlistRows(db, {
            ids: new Set(ids),
            checklists: true,
            onProgress: (done, total) => setProgress({ phase: 'read', done, total }),
          }),
        ),
      );
      const ordered = inOrderOf(rows, ids);
      const blob = await buildCsv(ordered, (done, total) =>
        setProgress({ phase: 'write', done, total }),
      );
      const name = exportFileName(which);
      downloadBlob(blob, name);
      announce(t('shortlistExported', [countOf(ordered.length, 'creator'), name]));
    } catch (error) {
      announce(t('shortlistExportFailed', [errorWords(error)]));
    } finally {
      setProgress(null);
    }
  };
  return { progress, run };
}

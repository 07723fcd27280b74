import { t } from '../i18n';
import type { ExportProgress } from './use-export';

interface Props {
  shown: number;
  progress: ExportProgress | null;
  onExportAll: () => void;
  onExportFiltered: () => void;
}

/** Reading the records is the first half of the bar, writing the CSV the second. */
const progressText = ({ phase, done, total }: ExportProgress) =>
  t(phase === 'read' ? 'shortlistExportReading' : 'shortlistExporting', [
    String(done),
    String(total),
  ]);

/** Export of every creator or of the filtered ones, with progress for long exports. */
export function ExportBar({ shown, progress, onExportAll, onExportFiltered }: Props) {
  const busy = progress !== null;
  return (
    <div class="actions sl-export">
      <button
        type="button"
        class="primary"
        data-testid="export-csv"
        disabled={busy}
        onClick={onExportAll}
      >
        {t('exportCsv')}
      </button>
      <button
        type="button"
        data-testid="export-filtered"
        disabled={busy || shown === 0}
        onClick={onExportFiltered}
      >
        {t('exportCsvFiltered', [String(shown)])}
      </button>
      {progress ? (
        <span class="sl-progress">
          <progress
            data-testid="export-progress"
            max={2 * Math.max(1, progress.total)}
            value={(progress.phase === 'write' ? progress.total : 0) + progress.done}
            aria-label={progressText(progress)}
          />
          <span aria-hidden="true">{progressText(progress)}</span>
        </span>
      ) : null}
    </div>
  );
}

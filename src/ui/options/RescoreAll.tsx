import { useState } from 'preact/hooks';
import { useOptionsStore } from './options-store';
import { formatNumber, t } from '../i18n';
import { requestRescore } from '../popup/request-rescore';
import { handler } from '../handler';

/**
 * Stored scores were computed with the settings of their day; after a change the marketer
 * can rescore every creator now instead of waiting for the next visit to each profile.
 */
export function RescoreAll() {
  const { listCreatorIds } = useOptionsStore();
  const [progress, setProgress] = useState<{ done: number; total: number; failed: number } | null>(
    null,
  );
  const [error, setError] = useState('');
  const running = progress !== null && progress.done < progress.total;
  const run = async () => {
    setError('');
    const ids = await listCreatorIds();
    let failed = 0;
    setProgress({ done: 0, total: ids.length, failed });
    for (const [i, id] of ids.entries()) {
      if (!(await requestRescore(id)).ok) failed++;
      setProgress({ done: i + 1, total: ids.length, failed });
    }
  };
  return (
    <div class="actions">
      <button
        type="button"
        onClick={handler(run, (m) => setError(t('optFailed', [m])))}
        disabled={running}
        data-testid="rescore-all"
      >
        {t('optRescoreAll')}
      </button>
      <span role="status" data-testid="rescore-status">
        {progress
          ? t(running ? 'optRescoring' : 'optRescored', [
              formatNumber(progress.done),
              formatNumber(progress.total),
              formatNumber(progress.failed),
            ])
          : error}
      </span>
    </div>
  );
}

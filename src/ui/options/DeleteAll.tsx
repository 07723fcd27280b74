import { useEffect, useRef, useState } from 'preact/hooks';
import { useOptionsStore } from './options-store';
import { formatNumber, t } from '../i18n';
import { handler } from '../handler';
import { errorWords } from '../errors/error-words';

interface Props {
  /** Awaited, so its failure shows as this action's error. */
  onDeleted: () => Promise<unknown> | void;
}

/** Delete everything, behind a confirmation that says how much would go. */
export function DeleteAll({ onDeleted }: Props) {
  const { countStored, deleteEverything } = useOptionsStore();
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const [error, setError] = useState('');
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus moves to the confirmation so keyboard and screen-reader users land on the choice.
  useEffect(() => {
    if (counts) confirmRef.current?.focus();
  }, [counts]);
  const ask = async () => setCounts(await countStored());
  const confirm = async () => {
    try {
      await deleteEverything();
      setCounts(null);
      await onDeleted();
    } catch (e) {
      setError(t('optFailed', [errorWords(e)]));
    }
  };
  return (
    <>
      <h3>{t('optDeleteAll')}</h3>
      {counts ? (
        <div class="notice error" role="group" aria-labelledby="delete-warning">
          <p id="delete-warning">
            {t('optDeleteConfirmText', [
              formatNumber(counts.creators ?? 0),
              formatNumber(counts.shortlist ?? 0),
              formatNumber(counts.readings ?? 0),
            ])}
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              ref={confirmRef}
              onClick={() => void confirm()}
              data-testid="delete-all-confirm"
            >
              {t('optDeleteConfirm')}
            </button>
            <button type="button" onClick={() => setCounts(null)}>
              {t('optCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="danger"
          onClick={handler(ask, (m) => setError(t('optFailed', [m])))}
          data-testid="delete-all"
        >
          {t('optDeleteAllButton')}
        </button>
      )}
      {error ? <p role="alert">{error}</p> : null}
    </>
  );
}

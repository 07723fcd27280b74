import { Fragment } from 'preact';
import { countOf, formatNumber, t } from '../i18n';
import type { BackupPreview } from './backup-actions';
import { rowSentence } from '../errors/row-words';

interface Props {
  fileName: string;
  preview: BackupPreview;
}

const STORES = ['creators', 'readings', 'checklists', 'shortlist', 'campaigns', 'cells'] as const;

/** What a restore would bring in, or every problem that stops it, one per line. */
export function RestorePreview({ fileName, preview }: Props) {
  if (preview.errors.length > 0)
    return (
      <div class="notice error" data-testid="restore-errors">
        <p>{t('optRestoreRefused', [fileName, countOf(preview.errors.length, 'problem')])}</p>
        <ol>
          {preview.errors.map((e, i) => (
            <li key={i} data-testid="restore-error">
              {rowSentence({ ...e, line: null, place: e.path })}
            </li>
          ))}
        </ol>
      </div>
    );
  return (
    <div class="notice" data-testid="restore-preview">
      <p>{t('optRestoreReady', [fileName])}</p>
      <dl class="summary">
        {STORES.map((store) => (
          <Fragment key={store}>
            <dt>{t(`optStore_${store}`)}</dt>
            <dd data-store={store}>{formatNumber(preview.counts[store])}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}

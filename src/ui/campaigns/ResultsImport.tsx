import { useState } from 'preact/hooks';
import { toCsv } from '../../transfer/csv-write';
import { countOf, formatNumber, t } from '../i18n';
import { rowSentence } from '../errors/row-words';
import { downloadBlob } from '../download';
import type { PageData } from './load-page';
import { readResultsCsv, type ResultsPreview } from './results-csv';
import { RESULT_FIELDS, resultsTemplateRows } from './results-fields';
import type { PageState } from './use-page-state';

interface Props {
  data: Pick<PageData, 'creators' | 'currency'>;
  state: Pick<PageState, 'campaigns' | 'importCampaigns'>;
}

/**
 * Results from a CSV: read, previewed row by row, stored only when every row is valid, all
 * at once. The format is in RESULTS-CSV.md and summarised on the page.
 */
export function ResultsImport({ data, state }: Props) {
  const [preview, setPreview] = useState<ResultsPreview | null>(null);
  const [message, setMessage] = useState('');
  const read = async (file: File | undefined) => {
    setMessage('');
    if (!file) return setPreview(null);
    const text = await file.text();
    setPreview(
      readResultsCsv(text, {
        creators: data.creators,
        campaigns: state.campaigns,
        currency: data.currency,
      }),
    );
  };
  const commit = async () => {
    if (!preview || preview.errors.length > 0) return;
    const stored = await state.importCampaigns(preview.updates);
    setMessage(
      stored ? t('cmp_import_done', [String(preview.updates.length)]) : t('cmp_import_failed'),
    );
    if (stored) setPreview(null);
  };
  const template = () => {
    const rows = resultsTemplateRows(
      data.creators.map((c) => c.id),
      data.currency,
    );
    downloadBlob(
      new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }),
      'results-template.csv',
    );
  };
  return (
    <details class="cmp-import">
      <summary>{t('cmp_import_heading')}</summary>
      <p class="muted">
        {t('cmp_import_format', [RESULT_FIELDS.map((f) => f.header).join(', '), data.currency])}
      </p>
      <button type="button" onClick={template}>
        {t('cmp_import_template')}
      </button>
      <div class="roi-field">
        <label for="cmp-results-file">{t('cmp_import_file')}</label>
        <input
          id="cmp-results-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void read(e.currentTarget.files?.[0])}
        />
      </div>
      {preview ? <PreviewView preview={preview} onCommit={() => void commit()} /> : null}
      <p role="status" class="status">
        {message}
      </p>
    </details>
  );
}

/** Problems listed; a file of thousands of bad rows says how many more there are. */
const LISTED = 100;

function PreviewView({ preview, onCommit }: { preview: ResultsPreview; onCommit: () => void }) {
  const { errors, warnings, updates } = preview;
  return (
    <div class="cmp-preview">
      {warnings.map((w) => (
        <p key={w} class="muted">
          {w}
        </p>
      ))}
      {errors.length > 0 ? (
        <>
          <p role="alert">{t('cmp_import_errors', [countOf(errors.length, 'problem')])}</p>
          <ul data-testid="results-errors">
            {errors.slice(0, LISTED).map(({ column, ...e }, i) => (
              <li key={i}>{rowSentence({ ...e, place: column ?? '' })}</li>
            ))}
          </ul>
          {errors.length > LISTED ? (
            <p class="muted">{t('cmp_import_more', [formatNumber(errors.length - LISTED)])}</p>
          ) : null}
        </>
      ) : (
        <button type="button" class="primary" onClick={onCommit}>
          {t('cmp_import_commit', [String(updates.length)])}
        </button>
      )}
    </div>
  );
}

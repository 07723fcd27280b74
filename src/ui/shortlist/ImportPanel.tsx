import { useState } from 'preact/hooks';
import { useImportStore, type ShortlistSummary } from './shortlist-store';
import { countOf, formatNumber, t } from '../i18n';
import type { ImportPlan } from './import-plan';
import { loadWriters } from './lazy';
import { ImportPreview } from './ImportPreview';
import { parseImportFile } from './parse-import';
import { errorWords } from '../errors/error-words';

interface Props {
  current: ReadonlyMap<string, ShortlistSummary>;
  onImported: () => Promise<void>;
  announce: (text: string) => void;
}

/**
 * Larger files are refused before reading: an export of 10,000 creators is about 7 MB, and
 * a file of a million rows held the page for half a minute and 1.3 GB.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/**
 * Import of the extension's CSV or JSON backup: choose a file, read the preview (every row
 * validated, errors by line, what will be overwritten), then commit all-or-nothing.
 */
export function ImportPanel({ current, onImported, announce }: Props) {
  const { storedCreatorIds, saveImport } = useImportStore();
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [input, setInput] = useState<HTMLInputElement | null>(null);

  const choose = async (file: File | undefined) => {
    setPlan(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      const size = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
      return announce(
        t('shortlistImportTooBig', [file.name, size(file.size), size(MAX_IMPORT_BYTES)]),
      );
    }
    setBusy(true);
    announce(t('shortlistImportReading', [file.name]));
    try {
      const { planImport } = await loadWriters();
      const track = (done: number, total: number) => setProgress({ done, total });
      const [parsed, storedIds] = await Promise.all([
        parseImportFile(file, track),
        storedCreatorIds(),
      ]);
      const next = planImport(file.name, parsed, { current, storedIds });
      setPlan(next);
      announce(
        t('shortlistImportSummary', [
          next.fileName,
          countOf(next.rows.length, 'creator'),
          countOf(next.errors.length, 'problem'),
        ]),
      );
    } catch (error) {
      announce(t('shortlistImportFailed', [errorWords(error)]));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const reset = () => {
    setPlan(null);
    if (input) input.value = '';
  };

  const commit = async () => {
    if (!plan || plan.errors.length > 0 || plan.rows.length === 0) return;
    setBusy(true);
    try {
      await saveImport(plan);
      await onImported();
      announce(t('shortlistImportDone', [countOf(plan.rows.length, 'creator')]));
      reset();
    } catch (error) {
      announce(t('shortlistImportFailed', [errorWords(error)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="sl-import" aria-labelledby="sl-import-title">
      <h2 id="sl-import-title">{t('shortlistImportTitle')}</h2>
      <label for="import-file">{t('shortlistImportFile')}</label>{' '}
      <input
        id="import-file"
        ref={setInput}
        type="file"
        data-testid="import-file"
        accept=".csv,.json,text/csv,application/json"
        disabled={busy}
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      {progress ? <ImportProgress {...progress} /> : null}
      {plan ? (
        <ImportPreview plan={plan} busy={busy} onCommit={() => void commit()} onCancel={reset} />
      ) : null}
    </section>
  );
}

/** How far the worker has got: rows checked of rows in the file, as a bar and in words. */
function ImportProgress({ done, total }: { done: number; total: number }) {
  return (
    <p class="sl-import-progress" data-testid="import-progress">
      <progress value={done} max={Math.max(total, 1)} aria-labelledby="sl-import-progress" />{' '}
      <span id="sl-import-progress">
        {t('shortlistImportProgress', [formatNumber(done), formatNumber(total)])}
      </span>
    </p>
  );
}

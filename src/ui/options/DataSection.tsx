import { useRef, useState } from 'preact/hooks';
import { useOptionsStore } from './options-store';
import { downloadBlob } from '../download';
import { t } from '../i18n';
import { backupFileName, previewFile, type BackupPreview } from './backup-actions';
import { DeleteAll } from './DeleteAll';
import { RestorePreview } from './RestorePreview';
import { errorWords } from '../errors/error-words';

interface Props {
  /** Called after a restore or a delete, so the page reloads what it shows. */
  /** Awaited, so its failure shows on this section's status line. */
  onReplaced: (message: string) => Promise<unknown> | void;
}

/** Backup, restore and delete-all: everything the extension stores, in or out at once. */
export function DataSection({ onReplaced }: Props) {
  const { backupText, restoreBackup } = useOptionsStore();
  const [status, setStatus] = useState('');
  const [chosen, setChosen] = useState<{ name: string; preview: BackupPreview } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const run = async (work: () => Promise<string>) => {
    try {
      setStatus(await work());
    } catch (e) {
      setStatus(t('optFailed', [errorWords(e)]));
    }
  };
  const download = () =>
    run(async () => {
      const text = await backupText();
      downloadBlob(new Blob([text], { type: 'application/json' }), backupFileName());
      return t('optBackupDone');
    });
  const choose = (file: File | undefined) =>
    run(async () => {
      if (!file) return '';
      const preview = await previewFile(file);
      setChosen({ name: file.name, preview });
      return preview.backup ? t('optRestoreChecked') : t('optRestoreHasErrors');
    });
  const commit = () =>
    run(async () => {
      if (!chosen?.preview.backup) return '';
      await restoreBackup(chosen.preview.backup);
      setChosen(null);
      if (fileInput.current) fileInput.current.value = '';
      await onReplaced(t('optRestored', [chosen.name]));
      return t('optRestored', [chosen.name]);
    });

  return (
    <section class="options-section" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('optData')}</h2>
      <p class="muted">{t('optDataIntro')}</p>
      <h3>{t('optBackup')}</h3>
      <button type="button" onClick={() => void download()} data-testid="backup-download">
        {t('optBackupDownload')}
      </button>
      <h3>{t('optRestore')}</h3>
      <div class="field">
        <label for="restore-file">{t('optRestoreFile')}</label>
        <input
          id="restore-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          data-testid="restore-file"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </div>
      {chosen ? <RestorePreview fileName={chosen.name} preview={chosen.preview} /> : null}
      {chosen?.preview.backup ? (
        <button
          type="button"
          class="primary"
          onClick={() => void commit()}
          data-testid="restore-commit"
        >
          {t('optRestoreCommit')}
        </button>
      ) : null}
      <p role="status" class="status" data-testid="data-status">
        {status}
      </p>
      <DeleteAll onDeleted={() => onReplaced(t('optDeleted'))} />
    </section>
  );
}

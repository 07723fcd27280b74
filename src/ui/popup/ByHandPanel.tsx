import { useState } from 'preact/hooks';
import type { CreatorRecord } from '../../shared/creator';
import type { PageReading } from '../../shared/model';
import { t } from '../i18n';
import { ManualCreatorForm } from './ManualCreatorForm';
import type { ManualCreatorInput } from './manual-creator';
import { useVettingStore } from './vetting-store';
import { errorWords } from '../errors/error-words';

interface Props {
  reading: PageReading | null;
  onCreated: (creatorId: string, record: CreatorRecord | null) => void;
}

/** Shown when the page gave nothing to vet: the creator is typed in, stored and scored. */
export function ByHandPanel({ reading, onCreated }: Props) {
  const { saveManualCreator } = useVettingStore();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const submit = async (input: ManualCreatorInput, handle: string) => {
    setBusy(true);
    setStatus(t('popupRescoring'));
    try {
      const saved = await saveManualCreator(input, handle);
      setStatus(saved.rescore.ok ? t('popupByHandSaved') : t('popupSavedNotRescored'));
      onCreated(saved.creatorId, saved.record);
    } catch (e) {
      setStatus(t('popupSaveFailed', [errorWords(e)]));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ManualCreatorForm
        platform={reading?.platform ?? null}
        handle={reading?.handle ?? null}
        onSubmit={submit}
        busy={busy}
      />
      <p class="status" role="status" aria-live="polite" data-testid="byhand-status">
        {status}
      </p>
    </>
  );
}

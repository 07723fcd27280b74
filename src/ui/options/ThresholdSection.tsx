import { useState } from 'preact/hooks';
import { THRESHOLDS } from '../../scoring/thresholds';
import { t } from '../i18n';
import { RawThresholds } from './RawThresholds';
import { ThresholdTable } from './ThresholdTable';
import { editsOf, readEdits, type ThresholdEdits } from './threshold-edits';
import { handler } from '../handler';

interface Props {
  overrides: Record<string, number>;
  onSave: (overrides: Record<string, number>) => Promise<void>;
}

/** Threshold overrides: the documented defaults stay visible; blank fields use them. */
export function ThresholdSection({ overrides, onSave }: Props) {
  const [edits, setEdits] = useState<ThresholdEdits>(() => editsOf(overrides));
  const [badIds, setBadIds] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const changed = Object.values(edits).filter((v) => v.trim() !== '').length;

  const save = async (e: Event) => {
    e.preventDefault();
    const read = readEdits(THRESHOLDS, edits);
    if (!read.ok) {
      setBadIds(read.badIds);
      return setStatus(t('optThresholdsInvalid', [String(read.badIds.length)]));
    }
    setBadIds([]);
    await onSave(read.overrides);
    setEdits(editsOf(read.overrides));
    setStatus(t('optThresholdsSaved', [String(Object.keys(read.overrides).length)]));
  };

  return (
    <section class="options-section" aria-labelledby="thresholds-heading">
      <h2 id="thresholds-heading">{t('optThresholds')}</h2>
      <p class="muted">{t('optThresholdsIntro', [String(THRESHOLDS.length)])}</p>
      <form onSubmit={handler(save, (m) => setStatus(t('optFailed', [m])))} noValidate>
        <div class="actions">
          <button type="submit" class="primary" data-testid="thresholds-save">
            {t('optThresholdsSave')}
          </button>
          <button
            type="button"
            disabled={changed === 0}
            onClick={() => setEdits({})}
            data-testid="thresholds-reset-all"
          >
            {t('optResetAll', [String(changed)])}
          </button>
        </div>
        <p role="status" class="status" data-testid="thresholds-status">
          {status}
        </p>
        <ThresholdTable
          rows={THRESHOLDS}
          edits={edits}
          badIds={badIds}
          onEdit={(id, text) => setEdits({ ...edits, [id]: text })}
          onReset={(id) => setEdits({ ...edits, [id]: '' })}
        />
        <RawThresholds overrides={overrides} />
      </form>
    </section>
  );
}

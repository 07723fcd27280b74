import { t } from '../i18n';
import type { SaveState } from './use-autosave';

/** The page's one save indicator: a polite status, and an alert when a write failed. */
export function SaveStatus({ state }: { state: SaveState }) {
  if (state.kind === 'failed')
    return (
      <p class="cmp-save notice error" role="alert" data-testid="save-state" data-state="failed">
        {t('cmp_save_failed', [state.reason])}
      </p>
    );
  const text =
    state.kind === 'saving'
      ? t('cmp_save_saving')
      : state.kind === 'saved'
        ? t('cmp_save_saved', [state.at.toLocaleTimeString()])
        : t('cmp_save_idle');
  return (
    <p class="cmp-save" role="status" data-testid="save-state" data-state={state.kind}>
      {text}
    </p>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { extensionUrl, openOptions, openTab } from '../../platform/extension';
import { putCreator } from '../../storage/creators';
import { mergeSnapshot } from '../../storage/merge-snapshot';
import { removeFromShortlist, saveToShortlist } from '../../storage/shortlist';
import { t } from '../i18n';
import { loadPopup, type PopupState } from './load-popup';
import { PopupHeader } from './PopupHeader';

/** The container: talks to the tab and storage, then renders props-only views. */
export function PopupApp() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadPopup().then(setState, (e: unknown) => setError(String(e)));
  }, []);

  if (error)
    return (
      <p class="notice error" role="alert">
        {error}
      </p>
    );
  if (state.kind === 'loading') return <p class="muted">{t('loading')}</p>;
  if (state.kind === 'storage-unavailable') {
    return (
      <p class="notice error" role="alert" data-testid="storage-unavailable">
        {t('storageUnavailable', [state.reason])}
      </p>
    );
  }

  const { db, snapshot, creatorId, record, entry } = state;
  const toggleShortlist = async () => {
    if (!creatorId) return;
    try {
      if (entry) {
        await removeFromShortlist(db, creatorId);
        setState({ ...state, entry: null });
        return;
      }
      // The worker may not have stored this page yet: store what the popup holds.
      if (!record && snapshot) await putCreator(db, mergeSnapshot(undefined, snapshot));
      setState({ ...state, entry: await saveToShortlist(db, creatorId) });
    } catch (e) {
      setError(String(e));
    }
  };

  return (
    <main>
      {state.reason ? (
        <p class="notice" data-testid="popup-reason">
          {t(state.reason)}
        </p>
      ) : null}
      <PopupHeader snapshot={snapshot} record={record} />
      <div class="actions">
        {creatorId ? (
          <button
            type="button"
            class={entry ? '' : 'primary'}
            data-testid="shortlist-toggle"
            onClick={toggleShortlist}
          >
            {entry ? t('removeFromShortlist') : t('saveToShortlist')}
          </button>
        ) : null}
        <button type="button" onClick={() => openTab(extensionUrl('shortlist.html'))}>
          {t('openShortlist')}
        </button>
        <button type="button" onClick={() => openOptions()}>
          {t('openOptions')}
        </button>
      </div>
      {entry ? (
        <p class="muted" data-testid="on-shortlist">
          {t('savedOnShortlist')}
        </p>
      ) : null}
    </main>
  );
}

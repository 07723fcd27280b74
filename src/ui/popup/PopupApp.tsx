import { useLayoutEffect, useState } from 'preact/hooks';
import { extensionUrl, openOptions, openTab } from '../../platform/extension';
import type { CreatorRecord } from '../../shared/creator';
import { t } from '../i18n';
import type { PopupState } from './load-popup';
import { FirstScreen } from './FirstScreen';
import { PopupHeader } from './PopupHeader';
import { handler } from '../handler';
import { bindStore, StoreProvider, type Store } from '../store';
import { useAfterPaint, type Sections } from './use-after-paint';
import { errorWords, failureOf, storageFailure, type Failure } from '../errors/error-words';
import { ErrorNotice } from '../errors/ErrorNotice';

// What the buttons do is loaded when one is pressed: the first paint does not wait for it
// (vetting-store brings the storage writers and their schemas).
const reportPage = async (tabId: number) => (await import('./report-page')).reportPage(tabId);
const reports = async (store: Store) => bindStore(store, (await import('../save-report')).REPORTS);
const vetting = async (store: Store) =>
  bindStore(store, (await import('./vetting-store')).VETTING_STORE);

type Ready = Extract<PopupState, { kind: 'ready' }>;

/**
 * The container: talks to the tab and storage, then renders props-only views. The header,
 * the verdict and the actions render first (the bench times open → popup-ready); the vetting
 * sections are a separate chunk (classic zod, scoring tables, forms, chart) that is fetched
 * only after that first paint, so compiling it never competes with it.
 */
export function PopupApp({ loading }: { loading: Promise<PopupState> }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [error, setError] = useState<Failure | null>(null);
  const showError = (words: string) => setError({ words, detail: null });
  // Layout effect: subscribes before the first paint, so an answer already in does not wait
  // for a frame (a plain effect runs only after the paint).
  useLayoutEffect(
    () => void loading.then(setState, (e: unknown) => setError(failureOf(e))),
    [loading],
  );
  const sections = useAfterPaint(state, setState, showError);

  if (error) return <ErrorNotice failure={error} />;
  if (state.kind === 'loading') return <p class="muted">{t('loading')}</p>;
  if (state.kind === 'storage-unavailable') {
    return (
      <main data-testid="popup-ready">
        <ErrorNotice failure={storageFailure(state.reason)} testId="storage-unavailable" />
      </main>
    );
  }
  // Updates go through the latest state: async results (full record, shortlist) may interleave.
  const update = (change: (prev: Ready) => Ready) =>
    setState((prev) => (prev.kind === 'ready' ? change(prev) : prev));
  return <ReadyPopup state={state} update={update} sections={sections} onError={showError} />;
}

interface ReadyProps {
  state: Ready;
  update: (change: (prev: Ready) => Ready) => void;
  sections: Sections | null;
  onError: (message: string) => void;
}

function ReadyPopup({ state, update, sections, onError }: ReadyProps) {
  const { store, glance, creatorId, record, entry } = state;
  const [saved, setSaved] = useState('');
  const toggleShortlist = async () => {
    if (!creatorId) return;
    try {
      // Nothing is stored before the contract has checked the reply.
      const reading = state.check ? (await state.check()).reading : state.reading;
      const next = await (await vetting(store)).toggleShortlist(creatorId, entry, record, reading);
      update((s) => ({ ...s, entry: next }));
    } catch (e) {
      onError(errorWords(e));
    }
  };
  const onRecord = (next: CreatorRecord) => update((s) => ({ ...s, record: next }));
  const onCreated = (id: string, next: CreatorRecord | null) =>
    update((s) => ({ ...s, creatorId: id, record: next, reading: null, glance: null }));

  return (
    <StoreProvider store={store}>
      <main data-testid="popup-ready">
        {state.reason ? (
          <p class="notice" data-testid="popup-reason">
            {t(state.reason)}
          </p>
        ) : null}
        {record || glance?.handle ? null : <h1 class="sr-only">{t('popupTitle')}</h1>}
        <PopupHeader reading={glance} record={record} />
        <FirstScreen
          reading={glance}
          record={record}
          onShortlist={entry !== null}
          {...(creatorId ? { onToggleShortlist: () => void toggleShortlist() } : {})}
        />
        <nav class="actions" aria-label={t('popupMore')}>
          <button
            type="button"
            onClick={handler(() => openTab(extensionUrl('shortlist.html')), onError)}
          >
            {t('openShortlist')}
          </button>
          {creatorId ? (
            <button
              type="button"
              onClick={handler(
                () => openTab(extensionUrl(`campaigns.html#${encodeURIComponent(creatorId)}`)),
                onError,
              )}
            >
              {t('openCampaigns')}
            </button>
          ) : null}
          <button type="button" onClick={handler(() => openOptions(), onError)}>
            {t('openOptions')}
          </button>
          {creatorId && record ? (
            <button
              type="button"
              data-testid="save-report"
              title={t('popupSaveReportHint')}
              onClick={() =>
                void reports(store)
                  .then((r) => r.saveCreatorReport(creatorId))
                  .then(setSaved)
              }
            >
              {t('popupSaveReport')}
            </button>
          ) : null}
        </nav>
        <p class="status" role="status" data-testid="report-status">
          {saved}
        </p>
        {!sections || state.check ? (
          <p class="muted">{t('loading')}</p>
        ) : creatorId ? (
          <sections.VettingPanel
            key={creatorId}
            creatorId={creatorId}
            record={record}
            reading={state.reading}
            onRecord={onRecord}
          />
        ) : (
          <sections.ByHandPanel reading={state.reading} onCreated={onCreated} />
        )}
        {state.readerTabId !== null ? (
          <details class="fold">
            <summary>{t('popupPageProblem')}</summary>
            <p class="muted">{t('reportPageHint')}</p>
            <button
              type="button"
              data-testid="report-page"
              onClick={handler(
                () =>
                  reportPage(state.readerTabId!).then((problem) => problem && onError(t(problem))),
                onError,
              )}
            >
              {t('reportPage')}
            </button>
          </details>
        ) : null}
      </main>
    </StoreProvider>
  );
}

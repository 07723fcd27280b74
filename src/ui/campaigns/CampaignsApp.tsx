import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { CampaignsPage } from './CampaignsPage';
import { CAMPAIGNS_STORE, type PageData } from './load-page';
import { bindStore, openStore, StoreProvider, type Store } from '../store';
import './campaigns.css';
import { storageFailure, type Failure } from '../errors/error-words';
import { ErrorNotice } from '../errors/ErrorNotice';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; failure: Failure }
  | { kind: 'ready'; store: Store; data: PageData };

/** The creator named by the address (`campaigns.html#instagram:lena.bakes`), if any. */
export function creatorFromHash(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Costs, results and fair tier comparisons for the creators on the shortlist. */
export function CampaignsApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [focus, setFocus] = useState(() => creatorFromHash(location.hash));
  useEffect(() => {
    void (async () => {
      const opened = await openStore();
      if (!opened.ok) return setState({ kind: 'error', failure: storageFailure(opened.reason) });
      try {
        const data = await bindStore(opened.store, CAMPAIGNS_STORE).loadPage();
        setState({ kind: 'ready', store: opened.store, data });
      } catch (error) {
        setState({ kind: 'error', failure: storageFailure(error) });
      }
    })();
    const onHash = () => setFocus(creatorFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (state.kind === 'loading')
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  if (state.kind === 'error')
    return (
      <main data-testid="campaigns-ready">
        <h1>{t('campaignsTitle')}</h1>
        <ErrorNotice failure={state.failure} />
      </main>
    );
  return (
    <StoreProvider store={state.store}>
      <CampaignsPage data={state.data} focus={focus} />
    </StoreProvider>
  );
}

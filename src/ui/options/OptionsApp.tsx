import { useEffect, useState } from 'preact/hooks';
import { OPTIONS_STORE } from './options-store';
import { bindStore, openStore, StoreProvider, type Store } from '../store';
import type { Settings } from '../../shared/vetting';
import { t } from '../i18n';
import { BrandSection } from './BrandSection';
import { DataSection } from './DataSection';
import { RescoreAll } from './RescoreAll';
import { ThresholdSection } from './ThresholdSection';
import { BrandSafetyOptions } from '../safety/BrandSafetyOptions';
import { safetyPartOf } from '../safety/safety-fields';
import { failureOf, storageFailure, type Failure } from '../errors/error-words';
import { ErrorNotice } from '../errors/ErrorNotice';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; failure: Failure }
  | { kind: 'ready'; store: Store; settings: Settings; generation: number; message: string };

async function load(generation: number, message = ''): Promise<State> {
  const opened = await openStore();
  if (!opened.ok) return { kind: 'error', failure: storageFailure(opened.reason) };
  return {
    kind: 'ready',
    store: opened.store,
    settings: await bindStore(opened.store, OPTIONS_STORE).getSettings(),
    generation,
    message,
  };
}

/** Options: brand profile, threshold overrides and data management. */
export function OptionsApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    load(0).then(setState, (e: unknown) => setState({ kind: 'error', failure: failureOf(e) }));
  }, []);
  if (state.kind === 'loading') return <p class="muted">{t('loading')}</p>;
  if (state.kind === 'error')
    return (
      <main data-testid="options-ready">
        <h1>{t('optionsTitle')}</h1>
        <ErrorNotice failure={state.failure} />
      </main>
    );

  const { store, settings, generation } = state;
  // Each section changes only its own part of the settings as stored now (another options
  // tab may have saved the other part meanwhile).
  const save = async (change: (stored: Settings) => Settings) => {
    const next = await bindStore(store, OPTIONS_STORE).patchSettings(change);
    setState({ ...state, settings: next, message: '' });
  };
  // After a restore or delete every section starts again from what is stored now.
  const reload = (message: string) => load(generation + 1, message).then(setState);

  return (
    <StoreProvider store={store}>
      <main data-testid="options-ready">
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optIntro')}</p>
        <p role="status" class="status" data-testid="options-status">
          {state.message}
        </p>
        <BrandSection
          key={`brand-${generation}`}
          brand={settings.brand}
          onSave={(brand) => save((s) => ({ ...s, brand: { ...brand, ...safetyPartOf(s.brand) } }))}
        />
        <BrandSafetyOptions
          key={`safety-${generation}`}
          part={safetyPartOf(settings.brand)}
          onSave={(part) => save((s) => ({ ...s, brand: { ...s.brand, ...part } }))}
        />
        <ThresholdSection
          key={`thresholds-${generation}`}
          overrides={settings.thresholdOverrides}
          onSave={(thresholdOverrides) => save((s) => ({ ...s, thresholdOverrides }))}
        />
        <section class="options-section" aria-labelledby="rescore-heading">
          <h2 id="rescore-heading">{t('optRescoreHeading')}</h2>
          <p class="muted">{t('optRescoreIntro')}</p>
          <RescoreAll />
        </section>
        <DataSection onReplaced={reload} />
      </main>
    </StoreProvider>
  );
}

import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { LoadedShortlist } from './load-shortlist';
import { ShortlistPage } from './ShortlistPage';
import { StoreProvider } from '../store';
import { toViewRows } from './view-row';
import './shortlist.css';
import { storageFailure } from '../errors/error-words';
import { ErrorNotice } from '../errors/ErrorNotice';

/** Every saved creator across platforms: the first screen from the index's head, then the rest. */
export function ShortlistApp({ loading }: { loading: Promise<LoadedShortlist> }) {
  const [state, setState] = useState<LoadedShortlist | null>(null);
  // Layout effect: subscribes before the first paint, so data already in does not wait for
  // a frame (a plain effect runs only after the paint).
  useLayoutEffect(() => void loading.then(setState), [loading]);
  const initial = useMemo(
    () => (state?.kind === 'ready' ? toViewRows(state.summaries) : []),
    [state],
  );
  if (!state)
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  if (state.kind === 'error') return <ErrorNotice failure={storageFailure(state.reason)} />;
  return (
    <StoreProvider store={state.store}>
      <ShortlistPage initial={initial} total={state.total} source={state.source} />
    </StoreProvider>
  );
}

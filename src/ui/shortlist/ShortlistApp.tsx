import { useEffect, useState } from 'preact/hooks';
import { sharedDb, type VettingDb } from '../../storage/open';
import { listShortlist } from '../../storage/shortlist';
import { t } from '../i18n';
import { ShortlistPage } from './ShortlistPage';
import { toViewRows, type ViewRow } from './view-row';
import './shortlist.css';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; reason: string }
  | { kind: 'ready'; db: VettingDb; rows: ViewRow[] };

/** Every saved creator across platforms: one bulk read of the light records, then the page. */
export function ShortlistApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      const opened = await sharedDb();
      if (!opened.ok)
        return setState({ kind: 'error', reason: t('storageUnavailable', [opened.reason]) });
      try {
        const rows = toViewRows(await listShortlist(opened.db));
        setState({ kind: 'ready', db: opened.db, rows });
      } catch (error) {
        setState({ kind: 'error', reason: t('storageUnavailable', [String(error)]) });
      }
    })();
  }, []);
  if (state.kind === 'loading')
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  if (state.kind === 'error')
    return (
      <p class="notice error" role="alert">
        {state.reason}
      </p>
    );
  return <ShortlistPage db={state.db} initial={state.rows} />;
}

import { useEffect, useState } from 'preact/hooks';
import { sharedDb, type VettingDb, openShortlist, type OpenSource } from './shortlist-store';
import { t } from '../i18n';
import { ShortlistPage } from './ShortlistPage';
import { toViewRows, type ViewRow } from './view-row';
import './shortlist.css';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; reason: string }
  | { kind: 'ready'; db: VettingDb; rows: ViewRow[]; total: number; source: OpenSource };

async function load(): Promise<State> {
  const opened = await sharedDb();
  if (!opened.ok) return { kind: 'error', reason: t('storageUnavailable', [opened.reason]) };
  try {
    const { summaries, total, source } = await openShortlist(opened.db);
    return { kind: 'ready', db: opened.db, rows: toViewRows(summaries), total, source };
  } catch (error) {
    return { kind: 'error', reason: t('storageUnavailable', [String(error)]) };
  }
}

/** Every saved creator across platforms: the first screen from the index's head, then the rest. */
export function ShortlistApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  // Started during the first render, not in an effect (which waits for a paint).
  const [loading] = useState(load);
  useEffect(() => void loading.then(setState), [loading]);
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
  return (
    <ShortlistPage db={state.db} initial={state.rows} total={state.total} source={state.source} />
  );
}

import { useEffect, useState } from 'preact/hooks';
import { sharedDb } from '../../storage/open';
import { listShortlist, type ShortlistItem } from '../../storage/shortlist';
import { StatValue } from '../components/StatValue';
import { t } from '../i18n';
import { downloadShortlistCsv } from './export-csv';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; reason: string }
  | { kind: 'ready'; items: ShortlistItem[] };

/** Every saved creator across platforms (grown into the full manager by the workflow issue). */
export function ShortlistApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    sharedDb().then(async (opened) => {
      if (!opened.ok)
        return setState({ kind: 'error', reason: t('storageUnavailable', [opened.reason]) });
      setState({ kind: 'ready', items: await listShortlist(opened.db) });
    });
  }, []);
  if (state.kind === 'loading') return <p class="muted">{t('loading')}</p>;
  if (state.kind === 'error')
    return (
      <p class="notice error" role="alert">
        {state.reason}
      </p>
    );
  return (
    <main>
      <h1>{t('shortlistTitle')}</h1>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="export-csv"
          onClick={() => downloadShortlistCsv(state.items)}
        >
          {t('exportCsv')}
        </button>
      </div>
      {state.items.length === 0 ? <p class="muted">{t('emptyShortlist')}</p> : null}
      <table>
        <tbody>
          {state.items.map(({ record }) => (
            <tr key={record.id} data-testid="shortlist-row">
              <td>{record.displayName ?? record.handle}</td>
              <td>@{record.handle}</td>
              <td>{t(`platform_${record.platform}`)}</td>
              <td>
                <StatValue stat={record.followers} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Person } from '../../shared/person';
import { StatValue } from '../components/StatValue';
import { t } from '../i18n';
import { engagementText, PLATFORMS, platformLabel, verdictLabel } from '../shortlist/labels';
import type { ViewRow } from '../shortlist/view-row';
import { groupByPerson } from './person-groups';
import { usePeopleStore } from './people-store';
import { errorWords } from '../errors/error-words';

interface Props {
  /** The table's rows after filters and sort: the groups keep their order. */
  shown: readonly ViewRow[];
}

/** At most this many lines: the grouped view is for reading, the table for 10,000 rows. */
const LIMIT = 500;

function AccountCell({ rows }: { rows: ViewRow[] | undefined }) {
  if (!rows?.length) return <td class="muted">–</td>;
  return (
    <td>
      {rows.map((row) => (
        <div key={row.id} class="sl-person-account" data-testid="person-account" data-id={row.id}>
          <bdi class="handle">@{row.item.handle}</bdi>{' '}
          <b class={`sl-verdict-${row.verdict}`} data-testid="person-verdict">
            {verdictLabel(row.verdict)}
          </b>
          <br />
          <span class="muted">
            <StatValue stat={row.item.followers} /> {t('peopleFollowers')} ·{' '}
            {engagementText(row.engagement)}
          </span>
        </div>
      ))}
    </td>
  );
}

/**
 * The shortlist with one row per person: each platform's account in its own column with its
 * figures. Accounts not linked to anyone stand on their own row, named by their display name.
 */
export function PeopleTable({ shown }: Props) {
  const { listPeople } = usePeopleStore();
  const [people, setPeople] = useState<Person[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    listPeople().then(setPeople, (e: unknown) => setError(errorWords(e)));
  }, [listPeople]);
  const groups = useMemo(
    () => (people ? groupByPerson(shown, people, (row) => row.item.platform) : []),
    [shown, people],
  );
  if (error)
    return (
      <p class="notice error" role="alert">
        {error}
      </p>
    );
  if (!people) return <p class="muted">{t('loading')}</p>;
  return (
    <div class="sl-people">
      <table data-testid="people-table" aria-label={t('peopleTableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('peoplePerson')}</th>
            {PLATFORMS.map((p) => (
              <th scope="col" key={p}>
                {platformLabel(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.slice(0, LIMIT).map((g) => {
            const first = Object.values(g.byPlatform)[0]![0]!;
            return (
              <tr key={g.key} data-testid="person-row" data-linked={g.name ? 'yes' : 'no'}>
                <th scope="row">
                  <bdi>{g.name ?? first.item.displayName ?? `@${first.item.handle}`}</bdi>
                  {g.name ? (
                    <span class="muted">
                      {' '}
                      · {t('peopleAccounts', [String(Object.values(g.byPlatform).flat().length)])}
                    </span>
                  ) : null}
                </th>
                {PLATFORMS.map((p) => (
                  <AccountCell key={p} rows={g.byPlatform[p]} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {groups.length > LIMIT ? (
        <p class="muted">{t('peopleFirst', [String(LIMIT), String(groups.length)])}</p>
      ) : null}
    </div>
  );
}

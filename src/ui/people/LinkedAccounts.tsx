import { useEffect, useState } from 'preact/hooks';
import type { CreatorRecord } from '../../shared/creator';
import type { LinkReason } from '../../people/propose';
import { t } from '../i18n';
import { AccountName, OtherAccountLine } from './OtherAccountLine';
import { usePeopleStore, type OtherAccount, type PeopleView } from './people-store';
import { siteOf } from '../../sites/table';
import { errorWords } from '../errors/error-words';

interface Props {
  record: CreatorRecord;
}

const REASON_KEY: Record<LinkReason, string> = {
  'links-to': 'peopleReason_linksTo',
  'linked-from': 'peopleReason_linkedFrom',
  'same-handle': 'peopleReason_sameHandle',
  'same-name': 'peopleReason_sameName',
};

/** Why the extension thinks so, in words: "its bio links to this account", "same name". */
function reasonWords(reasons: LinkReason[], self: CreatorRecord, other: OtherAccount): string {
  return reasons
    .map((r) =>
      t(REASON_KEY[r], [
        siteOf(self.platform).label,
        siteOf(other.platform).label,
        other.displayName ?? '',
      ]),
    )
    .join('; ');
}

/**
 * "Same person elsewhere": the accounts confirmed as this creator's on other platforms, with
 * their verdicts, and the ones that look like it, proposed with the reason. The marketer
 * links ("Link"), refuses ("Not the same") or later undoes a link; nothing is linked alone.
 */
export function LinkedAccounts({ record }: Props) {
  const { loadPeopleView, confirmLink, refuseLink, undoLink } = usePeopleStore();
  const [view, setView] = useState<PeopleView | null>(null);
  const [status, setStatus] = useState('');
  const reload = () =>
    loadPeopleView(record.id).then(setView, (e: unknown) => setStatus(errorWords(e)));
  useEffect(() => void reload(), [loadPeopleView, record.id]);
  const act = (work: Promise<unknown>, done: string) =>
    work.then(
      () => (setStatus(done), reload()),
      (e: unknown) => setStatus(t('peopleFailed', [errorWords(e)])),
    );
  if (!view || (!view.linked.length && !view.proposals.length && !status)) return null;
  return (
    <section class="people" data-testid="linked-accounts" aria-labelledby="people-title">
      <h2 id="people-title">{t('peopleTitle')}</h2>
      {view.linked.length ? (
        <>
          <p data-testid="person-name">
            {t('peopleLinked')} <bdi>{view.personName}</bdi>
          </p>
          <ul class="plain-list">
            {view.linked.map((a) => (
              <OtherAccountLine key={a.id} account={a} />
            ))}
          </ul>
          <button
            type="button"
            class="small"
            data-testid="unlink"
            onClick={() => void act(undoLink(record.id), t('peopleUnlinked'))}
          >
            {t('peopleUnlink')}
          </button>
        </>
      ) : null}
      {view.proposals.map(({ account, reasons, strength }) => (
        <div key={account.id} class="proposal" data-testid="link-proposal" data-strength={strength}>
          <p>
            {t(strength === 'strong' ? 'peopleLooksLike' : 'peopleMaybe')}{' '}
            <AccountName account={account} />
            <br />
            <span class="muted">{t('peopleBecause', [reasonWords(reasons, record, account)])}</span>
          </p>
          <button
            type="button"
            class="small primary"
            data-testid="confirm-link"
            onClick={() =>
              void act(confirmLink(record, account.id), t('peopleLinkedDone', [account.handle]))
            }
          >
            {t('peopleLink')}
          </button>{' '}
          <button
            type="button"
            class="small"
            data-testid="refuse-link"
            onClick={() =>
              void act(refuseLink(record.id, account.id), t('peopleRefused', [account.handle]))
            }
          >
            {t('peopleNotSame')}
          </button>
        </div>
      ))}
      <p class="status" role="status" data-testid="people-status">
        {status}
      </p>
    </section>
  );
}

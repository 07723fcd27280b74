import { safeHttpUrl } from '../components/EvidenceList';
import { peopleText } from '../components/people-text';
import { t } from '../i18n';
import { signalLabels } from '../popup/key-rates';
import type { OtherAccount } from './people-store';
import { siteOf } from '../../sites/table';

/** "@noorkitchen on YouTube": the handle isolated, since it is page text. */
export function AccountName({ account }: { account: OtherAccount }) {
  return (
    <>
      <bdi class="handle">@{account.handle}</bdi> {t('peopleOn', [siteOf(account.platform).label])}
    </>
  );
}

/**
 * One other account of the person: its verdict word and first reason, and a link to open its
 * profile (the marketer's click; nothing is opened by the extension).
 */
export function OtherAccountLine({ account }: { account: OtherAccount }) {
  const href = safeHttpUrl(account.profileUrl);
  const verdict = account.verdict;
  const reason = verdict?.reasons[0];
  return (
    <li
      data-testid="linked-account"
      data-platform={account.platform}
      data-level={verdict?.level ?? 'none'}
    >
      <AccountName account={account} />
      {' · '}
      <strong>{verdict ? t(`verdictLevel_${verdict.level}`) : t('peopleNotVetted')}</strong>
      {reason ? (
        <span class="muted">
          {' — '}
          {peopleText(reason.text, signalLabels(account.record?.score ?? null))}
        </span>
      ) : null}
      {href ? (
        <>
          {' '}
          <a href={href} target="_blank" rel="noopener noreferrer">
            {t('peopleOpenProfile')}
          </a>
        </>
      ) : null}
    </li>
  );
}

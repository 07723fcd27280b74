import type { PageSnapshot } from '../../shared/model';
import type { CreatorRecord } from '../../shared/creator';
import { tierLabel } from '../components/labels';
import { StatValue } from '../components/StatValue';
import { t } from '../i18n';

interface Props {
  snapshot: PageSnapshot | null;
  record: CreatorRecord | null;
}

/** Name, handle, platform, tier and the three counts, from the live reading or the stored record. */
export function PopupHeader({ snapshot, record }: Props) {
  const platform = snapshot?.platform ?? record?.platform;
  const handle = snapshot?.handle ?? record?.handle;
  if (!platform || !handle) return null;
  const name = snapshot?.displayName ?? record?.displayName ?? handle;
  const tier = record?.score?.tier;
  return (
    <header>
      <h1 data-testid="creator-name">{name}</h1>
      <p class="muted">
        <span data-testid="creator-handle">@{handle}</span> · {t(`platform_${platform}`)}
        {tier ? (
          <>
            {' · '}
            <span data-testid="creator-tier">{tierLabel(tier)}</span>
          </>
        ) : null}
      </p>
      <dl class="stats">
        <div>
          <dt>{t('followers')}</dt>
          <dd data-testid="followers">
            <StatValue stat={snapshot?.followers ?? record?.followers ?? null} />
          </dd>
        </div>
        <div>
          <dt>{t('following')}</dt>
          <dd>
            <StatValue stat={snapshot?.following ?? record?.following ?? null} />
          </dd>
        </div>
        <div>
          <dt>{t('posts')}</dt>
          <dd>
            <StatValue stat={snapshot?.postCount ?? record?.postCount ?? null} />
          </dd>
        </div>
      </dl>
    </header>
  );
}

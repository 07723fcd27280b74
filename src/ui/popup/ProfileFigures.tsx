import type { CreatorRecord } from '../../shared/creator';
import type { PageSnapshot } from '../../shared/model';
import { StatValue } from '../components/StatValue';
import { t } from '../i18n';

interface Props {
  snapshot: PageSnapshot | null;
  record: CreatorRecord | null;
}

/** The profile's own counts as read (with their precision), below the first screen. */
export function ProfileFigures({ snapshot, record }: Props) {
  const platform = snapshot?.platform ?? record?.platform;
  return (
    <dl class="stats">
      <div>
        <dt>{t(platform === 'youtube' ? 'subscribers' : 'followers')}</dt>
        <dd>
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
  );
}

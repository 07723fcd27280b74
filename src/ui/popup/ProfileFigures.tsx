import type { CreatorRecord } from '../../shared/creator';
import type { PageReading } from '../../shared/model';
import { StatValue } from '../components/StatValue';
import { t } from '../i18n';

interface Props {
  reading: PageReading | null;
  record: CreatorRecord | null;
}

/** The profile's own counts as read (with their precision), below the first screen. */
export function ProfileFigures({ reading, record }: Props) {
  const platform = reading?.platform ?? record?.platform;
  return (
    <dl class="stats">
      <div>
        <dt>{t(platform === 'youtube' ? 'subscribers' : 'followers')}</dt>
        <dd>
          <StatValue stat={reading?.followers ?? record?.followers ?? null} />
        </dd>
      </div>
      <div>
        <dt>{t('following')}</dt>
        <dd>
          <StatValue stat={reading?.following ?? record?.following ?? null} />
        </dd>
      </div>
      <div>
        <dt>{t('posts')}</dt>
        <dd>
          <StatValue stat={reading?.postCount ?? record?.postCount ?? null} />
        </dd>
      </div>
    </dl>
  );
}

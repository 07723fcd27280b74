import type { CreatorRecord } from '../../shared/creator';
import type { PageReading } from '../../shared/model';
import { StatValue } from '../components/StatValue';
import { newerCount } from '../../shared/newer-count';
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
          <StatValue stat={newerCount(reading?.followers ?? null, record?.followers ?? null)} />
        </dd>
      </div>
      <div>
        <dt>{t('following')}</dt>
        <dd>
          <StatValue stat={newerCount(reading?.following ?? null, record?.following ?? null)} />
        </dd>
      </div>
      <div>
        <dt>{t('posts')}</dt>
        <dd>
          <StatValue stat={newerCount(reading?.postCount ?? null, record?.postCount ?? null)} />
        </dd>
      </div>
    </dl>
  );
}

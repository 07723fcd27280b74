import type { ReadingGlance } from './reading-glance';
import type { CreatorRecord } from '../../shared/creator';
import { tierLabel } from '../components/labels';
import { siteOf } from '../../sites/table';

interface Props {
  /** What the first paint knows of the tab's reading. */
  reading: ReadingGlance | null;
  record: CreatorRecord | null;
}

/** Name, handle, platform and tier, from the live reading or the stored record. */
export function PopupHeader({ reading, record }: Props) {
  const platform = reading?.platform ?? record?.platform;
  const handle = reading?.handle ?? record?.handle;
  if (!platform || !handle) return null;
  const name = reading?.displayName ?? record?.displayName ?? handle;
  const tier = record?.score?.tier;
  return (
    <header class="creator-head">
      <h1 data-testid="creator-name" dir="auto">
        {name}
      </h1>
      <p class="muted">
        <bdi data-testid="creator-handle">@{handle}</bdi> · {siteOf(platform).label}
        {tier ? (
          <>
            {' · '}
            <span data-testid="creator-tier">{tierLabel(tier)}</span>
          </>
        ) : null}
      </p>
    </header>
  );
}

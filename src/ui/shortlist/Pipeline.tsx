import type { ShortlistStatus } from '../../shared/vetting';
import { t } from '../i18n';
import { STATUSES, statusLabel } from './labels';

interface Props {
  counts: Record<ShortlistStatus, number>;
  active: ShortlistStatus | '';
  onPick: (status: ShortlistStatus | '') => void;
}

/** The status pipeline with a count per stage; a stage button filters to it (again: all). */
export function Pipeline({ counts, active, onPick }: Props) {
  return (
    <nav class="sl-pipeline" aria-label={t('shortlistFilterStatus')}>
      <ol>
        {STATUSES.map((status) => (
          <li key={status}>
            <button
              type="button"
              data-testid={`pipeline-${status}`}
              aria-pressed={active === status}
              onClick={() => onPick(active === status ? '' : status)}
            >
              {statusLabel(status)} <span class="sl-stage-count">{counts[status]}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function statusCounts(statuses: Iterable<ShortlistStatus>): Record<ShortlistStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ShortlistStatus, number>;
  for (const status of statuses) counts[status]++;
  return counts;
}

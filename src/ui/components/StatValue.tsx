import type { Stat } from '../../shared/stat';
import { formatNumber, t } from '../i18n';

/** A read number with its precision; "not visible" is shown as such, never as 0. */
export function StatValue({ stat }: { stat: Stat }) {
  if (stat === null) return <span class="muted">{t('notVisible')}</span>;
  const exact = stat.low === stat.high;
  const title = exact
    ? `${stat.raw} (${stat.source})`
    : t('approx', [
        formatNumber(stat.value),
        stat.raw,
        formatNumber(stat.low),
        formatNumber(stat.high),
      ]);
  return (
    <span title={title} data-source={stat.source}>
      {exact ? formatNumber(stat.value) : `≈ ${formatNumber(stat.value)}`}
    </span>
  );
}

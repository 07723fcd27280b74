import type { TotalCost } from '../../roi/costs';
import type { MetricId } from '../../roi/metrics';
import type { Metric } from '../../roi/outcome';
import { t } from '../i18n';
import { metricText, naReason, totalText } from './format';

/** One computed figure; "n/a" always comes with its reason as visible text, not a tooltip. */
export function MetricFigure({
  metric,
  id,
  locale,
}: {
  metric: Metric;
  id: MetricId;
  locale: string;
}) {
  if (metric.kind === 'n/a') return <NotAvailable reason={naReason(metric)} />;
  return <span class="roi-value">{metricText(metric, id, locale)}</span>;
}

export function CostFigure({ cost, locale }: { cost: TotalCost; locale: string }) {
  if (cost.kind === 'n/a') return <NotAvailable reason={naReason(cost)} />;
  return <span class="roi-value">{totalText(cost, locale)}</span>;
}

function NotAvailable({ reason }: { reason: string }) {
  return (
    <span class="roi-na" data-na="true">
      {t('roi_na')} <span class="roi-na-reason">({reason})</span>
    </span>
  );
}

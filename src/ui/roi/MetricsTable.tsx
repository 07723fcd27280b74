import type { CreatorCampaign } from '../../shared/roi';
import { computeMetrics, METRIC_IDS } from '../../roi/metrics';
import { t } from '../i18n';
import { CostFigure, MetricFigure } from './Figure';
import { defaultLocale, metricLabel } from './format';

interface MetricsRow {
  creatorId: string;
  /** What the marketer knows the creator by (handle); shown as text, never as HTML. */
  label: string;
  campaign: CreatorCampaign | null;
}

export interface MetricsTableProps {
  rows: MetricsRow[];
  caption?: string;
  locale?: string;
}

/** Per-creator cost, CPM, CPE, CPC, CPA, ROAS and both ROIs after the campaign. */
export function MetricsTable({ rows, caption, locale = defaultLocale() }: MetricsTableProps) {
  return (
    <table class="roi-table roi-metrics">
      <caption>{caption ?? t('roi_metrics_caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('roi_col_creator')}</th>
          <th scope="col">{t('roi_col_totalCost')}</th>
          {METRIC_IDS.map((id) => (
            <th scope="col" key={id}>
              {metricLabel(id)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          if (!row.campaign) {
            return (
              <tr key={row.creatorId} data-creator={row.creatorId}>
                <th scope="row">{row.label}</th>
                <td colSpan={METRIC_IDS.length + 1} class="roi-muted">
                  {t('roi_metrics_noCampaign')}
                </td>
              </tr>
            );
          }
          const m = computeMetrics(row.campaign);
          return (
            <tr key={row.creatorId} data-creator={row.creatorId}>
              <th scope="row">{row.label}</th>
              <td>
                <CostFigure cost={m.totalCost} locale={locale} />
              </td>
              {METRIC_IDS.map((id) => (
                <td key={id} data-metric={id}>
                  <MetricFigure metric={m[id]} id={id} locale={locale} />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

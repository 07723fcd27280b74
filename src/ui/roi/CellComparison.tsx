import type { CellComparison as Comparison } from '../../roi/cells';
import { PER_CELL_CODES } from '../../roi/fairness';
import { METRIC_IDS, type MetricId } from '../../roi/metrics';
import { t } from '../i18n';
import { CostFigure, MetricFigure } from './Figure';
import { defaultLocale, metricLabel, percentText } from './format';

export interface CellComparisonProps {
  /** From `compareCells(cells, campaigns)`. */
  comparison: Comparison;
  locale?: string;
}

/**
 * Which cell was the better buy, per metric, with the fairness checks beside the figures.
 * "Best" is written out, never shown by colour alone.
 */
export function CellComparison({ comparison, locale = defaultLocale() }: CellComparisonProps) {
  const { cells, leaders, warnings, decisionMetrics } = comparison;
  const nameOf = (id: string) => cells.find((c) => c.cell.id === id)?.cell.name ?? id;
  const isLeader = (metric: MetricId, cellId: string) => leaders[metric]?.includes(cellId) ?? false;
  return (
    <section class="roi-cells">
      <ul class="roi-verdicts">
        {decisionMetrics.map((metric) => {
          const best = leaders[metric];
          return (
            <li key={metric} data-metric={metric}>
              {best
                ? t('roi_cells_better', [metricLabel(metric), best.map(nameOf).join(', ')])
                : t('roi_cells_undecided', [metricLabel(metric)])}
            </li>
          );
        })}
      </ul>
      <table class="roi-table">
        <caption>{t('roi_cells_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('roi_col_cell')}</th>
            <th scope="col">{t('roi_col_creators')}</th>
            <th scope="col">{t('roi_col_totalCost')}</th>
            {METRIC_IDS.map((id) => (
              <th scope="col" key={id}>
                {metricLabel(id)}
                {decisionMetrics.includes(id) ? ` (${t('roi_cells_decides')})` : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((s) => (
            <tr key={s.cell.id} data-cell={s.cell.id}>
              <th scope="row">{s.cell.name}</th>
              <td>{s.cell.creatorIds.length}</td>
              <td>
                <CostFigure cost={s.totals.cost} locale={locale} />
              </td>
              {METRIC_IDS.map((id) => (
                <td key={id} data-metric={id}>
                  <MetricFigure metric={s.metrics[id]} id={id} locale={locale} />
                  {isLeader(id, s.cell.id) ? (
                    <strong class="roi-best"> {t('roi_best')}</strong>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3 class="roi-heading">{t('roi_fair_heading')}</h3>
      <p class="roi-hint">{t('roi_fair_tolerance', [percentText(comparison.tolerance, locale)])}</p>
      {warnings.length === 0 ? (
        <p class="roi-ok">{t('roi_fair_none')}</p>
      ) : (
        <ul class="roi-warnings">
          {warnings.map((w) => (
            <li key={`${w.code}-${w.cellIds.join()}`} data-code={w.code}>
              <strong>{t('roi_warning')}</strong> {t(`roi_warn_${w.code}`, w.subs)}
              {PER_CELL_CODES.has(w.code) || w.cellIds.length === 0
                ? ''
                : ` (${w.cellIds.map(nameOf).join(', ')})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { CellComparison } from '../../roi/cells';
import { LOWER_IS_BETTER, type MetricId } from '../../roi/metrics';
import { t } from '../i18n';
import { barLayout } from './bar-geometry';
import { defaultLocale, metricLabel, metricText } from './format';

export interface CellChartProps {
  comparison: CellComparison;
  metric: MetricId;
  /** Unique per page: the SVG's title and description are referenced by id. */
  idPrefix: string;
  locale?: string;
}

const BOX = { width: 420, row: 26, label: 130, value: 120, pad: 6 };

/**
 * One metric per cell as a hand-written SVG bar chart. Every bar carries its number as text,
 * the best cell is marked in words, and the title and description say the same for screen
 * readers; n/a cells get no bar and say "n/a".
 */
export function CellChart({
  comparison,
  metric,
  idPrefix,
  locale = defaultLocale(),
}: CellChartProps) {
  const cells = comparison.cells;
  const values = cells.map((s) => {
    const m = s.metrics[metric];
    return m.kind === 'n/a' ? null : m.value;
  });
  const span = BOX.width - BOX.label - BOX.value - 2 * BOX.pad;
  const { bars, zero } = barLayout(values, BOX.label + BOX.pad, span);
  const height = cells.length * BOX.row + BOX.pad;
  const leaders = comparison.leaders[metric] ?? [];
  const texts = cells.map((s) => {
    const text = metricText(s.metrics[metric], metric, locale);
    return leaders.includes(s.cell.id) ? `${text} (${t('roi_best')})` : text;
  });
  const title = t('roi_chart_title', [metricLabel(metric)]);
  const direction = t(LOWER_IS_BETTER[metric] ? 'roi_chart_lowerBetter' : 'roi_chart_higherBetter');
  const desc = `${cells.map((s, i) => `${s.cell.name}: ${texts[i]}`).join('; ')}. ${direction}`;
  return (
    <figure class="roi-chart" data-metric={metric}>
      <svg
        viewBox={`0 0 ${BOX.width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      >
        <title id={`${idPrefix}-title`}>{title}</title>
        <desc id={`${idPrefix}-desc`}>{desc}</desc>
        <line class="roi-chart-axis" x1={zero} y1={0} x2={zero} y2={height} stroke="currentColor" />
        {cells.map((s, i) => {
          const y = i * BOX.row + BOX.pad;
          const bar = bars[i]!;
          return (
            <g key={s.cell.id} data-cell={s.cell.id}>
              <text class="roi-chart-label" x={BOX.pad} y={y + BOX.row / 2 + 4}>
                {s.cell.name}
              </text>
              {bar.width > 0 ? (
                <rect
                  class={bar.negative ? 'roi-chart-bar roi-chart-negative' : 'roi-chart-bar'}
                  x={bar.x}
                  y={y + 4}
                  width={bar.width}
                  height={BOX.row - 8}
                  fill="currentColor"
                  fill-opacity={leaders.includes(s.cell.id) ? 0.8 : 0.4}
                />
              ) : null}
              <text class="roi-chart-value" x={BOX.width - BOX.value} y={y + BOX.row / 2 + 4}>
                {texts[i]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="roi-hint">{direction}</figcaption>
    </figure>
  );
}

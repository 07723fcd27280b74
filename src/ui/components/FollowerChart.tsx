import { formatDate, formatNumber, t } from '../i18n';
import { linePath, plot, timeOrdered, type ChartPoint } from './chart-geometry';

interface Props {
  points: ChartPoint[];
  /** Unique per page: the SVG's title and description are referenced by id. */
  idPrefix: string;
}

const BOX = { width: 380, height: 110, pad: 10 };
/** The stored calendar day (UTC, as exported), written in the user's locale. */
const day = (iso: string) => formatDate(iso.slice(0, 10));

/**
 * Followers over time as a hand-written SVG line. Screen readers get a title and a summary;
 * everyone can open the exact numbers as a table.
 */
export function FollowerChart({ points, idPrefix }: Props) {
  const ordered = timeOrdered(points);
  if (ordered.length === 0) return <p class="muted">{t('chartEmpty')}</p>;
  const first = ordered[0]!;
  const last = ordered.at(-1)!;
  if (ordered.length === 1)
    return (
      <p class="muted" data-testid="chart-one-point">
        {t('chartOnePoint', [formatNumber(first.followers), day(first.at)])}
      </p>
    );
  const { xy, low, high } = plot(ordered, BOX);
  const summary = t('chartDesc', [
    formatNumber(ordered.length),
    day(first.at),
    formatNumber(first.followers),
    day(last.at),
    formatNumber(last.followers),
  ]);
  return (
    <figure class="chart" data-testid="follower-chart">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
        width="100%"
      >
        <title id={`${idPrefix}-title`}>{t('chartTitle')}</title>
        <desc id={`${idPrefix}-desc`}>{summary}</desc>
        <line
          class="chart-axis"
          x1={BOX.pad}
          y1={BOX.height - BOX.pad}
          x2={BOX.width - BOX.pad}
          y2={BOX.height - BOX.pad}
        />
        <text class="chart-label" x={BOX.pad} y={BOX.pad - 1}>
          {formatNumber(Math.round(high))}
        </text>
        <text class="chart-label" x={BOX.pad} y={BOX.height - 1}>
          {formatNumber(Math.round(low))}
        </text>
        <path class="chart-line" d={linePath(xy)} />
        {xy.map((p, i) => (
          <circle key={i} class="chart-dot" cx={p.x} cy={p.y} r={2.5} />
        ))}
      </svg>
      <figcaption class="muted" aria-hidden="true">
        {summary}
      </figcaption>
      <details>
        <summary>{t('chartNumbers')}</summary>
        <table data-testid="chart-table">
          <thead>
            <tr>
              <th scope="col">{t('chartDate')}</th>
              <th scope="col">{t('chartFollowers')}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((p, i) => (
              <tr key={i}>
                <td>{day(p.at)}</td>
                <td>{formatNumber(p.followers)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

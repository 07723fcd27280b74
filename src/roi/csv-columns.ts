import type { CreatorCampaign, Money } from '../shared/roi';
import { currencyDigits, toMajor } from './money';
import { commissionCost, MONEY_LINES, type MoneyLineId } from './costs';
import { computeMetrics, type MetricId } from './metrics';
import type { Metric } from './outcome';

/**
 * Extra CSV columns for costs, results and metrics, one row per creator. The CSV module
 * registers them. Amounts are numbers in major units of `roi_currency`; a value not entered
 * is null (empty cell); a metric that cannot be computed is the text "n/a", as on screen.
 */
type CsvValue = string | number | null;

export interface RoiCsvColumn {
  id: string;
  header: string;
  get(row: CreatorCampaign | null): CsvValue;
}

const amount = (m: Money | null): CsvValue => (m === null ? null : toMajor(m));
const round = (x: number, places: number) => Number(x.toFixed(places));

function metricValue(m: Metric, asPercent = false): CsvValue {
  if (m.kind === 'n/a') return 'n/a';
  if (m.kind === 'money') return round(m.value, currencyDigits(m.currency) + 2);
  return asPercent ? round(m.value * 100, 2) : round(m.value, 4);
}

const col = (id: string, header: string, get: (c: CreatorCampaign) => CsvValue): RoiCsvColumn => ({
  id,
  header,
  get: (row) => (row === null ? null : get(row)),
});

const LINE_HEADERS: Record<MoneyLineId, string> = {
  fee: 'Fee',
  giftingValue: 'Gifting value',
  shipping: 'Shipping',
  trackingSetup: 'Tracking setup',
  contentEditing: 'Content editing',
  whitelisting: 'Whitelisting',
  usageRights: 'Usage rights',
  paidAmplification: 'Paid amplification',
};

const snake = (id: string) => id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const METRIC_HEADERS: [MetricId, string, boolean][] = [
  ['cpm', 'CPM', false],
  ['cpe', 'CPE', false],
  ['cpc', 'CPC', false],
  ['cpa', 'CPA', false],
  ['roas', 'ROAS (×)', false],
  ['roiRevenue', 'ROI on revenue (%)', true],
  ['roiProfit', 'ROI on profit (%)', true],
];

function currencyOf(c: CreatorCampaign): string | null {
  const t = computeMetrics(c).totalCost;
  if (t.kind === 'total') return t.total.currency;
  const any = [...MONEY_LINES.map((id) => c.costs[id]), c.costs.hourlyRate, c.results.revenue];
  return any.find((m) => m !== null)?.currency ?? null;
}

export const ROI_CSV_COLUMNS: readonly RoiCsvColumn[] = [
  col('roi_currency', 'Currency', currencyOf),
  ...MONEY_LINES.map((id) => col(`roi_${snake(id)}`, LINE_HEADERS[id], (c) => amount(c.costs[id]))),
  col('roi_management_hours', 'Management hours', (c) => c.costs.managementHours),
  col('roi_hourly_rate', 'Hourly rate', (c) => amount(c.costs.hourlyRate)),
  col('roi_commission_percent', 'Commission (%)', (c) => c.costs.commissionPercent),
  col('roi_commission', 'Commission', (c) => {
    const m = commissionCost(c.costs, c.results.revenue);
    return m === null ? null : 'kind' in m ? 'n/a' : toMajor(m);
  }),
  col('roi_total_cost', 'Total cost', (c) => {
    const t = computeMetrics(c).totalCost;
    return t.kind === 'total' ? toMajor(t.total) : t.reason === 'noCost' ? null : 'n/a';
  }),
  col('roi_impressions', 'Impressions', (c) => c.results.impressions),
  col('roi_reach', 'Reach', (c) => c.results.reach),
  col('roi_engagements', 'Engagements', (c) => c.results.engagements),
  col('roi_clicks', 'Clicks', (c) => c.results.clicks),
  col('roi_conversions', 'Conversions', (c) => c.results.conversions),
  col('roi_revenue', 'Attributed revenue', (c) => amount(c.results.revenue)),
  col('roi_gross_profit', 'Attributed gross profit', (c) => amount(c.results.grossProfit)),
  col(
    'roi_attribution_window_days',
    'Attribution window (days)',
    (c) => c.results.attributionWindowDays,
  ),
  col('roi_goal', 'Campaign goal', (c) => c.results.goal),
  col('roi_start_date', 'Start date', (c) => c.results.startDate),
  col('roi_end_date', 'End date', (c) => c.results.endDate),
  ...METRIC_HEADERS.map(([id, header, pct]) =>
    col(`roi_${snake(id)}`, header, (c) => metricValue(computeMetrics(c)[id], pct)),
  ),
];

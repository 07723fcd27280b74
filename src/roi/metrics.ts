import type { CampaignResults, CostLines, Money } from '../shared/roi';
import { toMajor, type Rounding } from './money';
import { mixedNa, na, type Metric, type NaReason } from './outcome';
import { totalCost, type TotalCost } from './costs';

/**
 * After the campaign: the reference formulas (000, 004).
 * CPM = cost ÷ impressions × 1000; CPE = cost ÷ engagements; CPC = cost ÷ clicks;
 * CPA = cost ÷ conversions; ROAS = revenue ÷ cost;
 * ROI (revenue) = (revenue − total cost) ÷ total cost; ROI (profit) = (gross profit − total cost) ÷ total cost.
 * "cost" is always the total cost, commission included. A zero or missing denominator gives
 * n/a with a reason, so no Infinity or NaN ever reaches the page or the CSV.
 */
export const METRIC_IDS = ['cpm', 'cpe', 'cpc', 'cpa', 'roas', 'roiRevenue', 'roiProfit'] as const;
export type MetricId = (typeof METRIC_IDS)[number];
export type MetricSet = Record<MetricId, Metric>;

/** Which way is better: cost-per metrics want low values, return metrics high ones. */
export const LOWER_IS_BETTER: Record<MetricId, boolean> = {
  cpm: true,
  cpe: true,
  cpc: true,
  cpa: true,
  roas: false,
  roiRevenue: false,
  roiProfit: false,
};

/** The figures the formulas need; counts are null when not entered. */
export interface Totals {
  cost: TotalCost;
  impressions: number | null;
  engagements: number | null;
  clicks: number | null;
  conversions: number | null;
  revenue: Money | null;
  grossProfit: Money | null;
}

type CountKey = 'impressions' | 'engagements' | 'clicks' | 'conversions';
const COUNT_REASONS: Record<CountKey, [missing: NaReason, zero: NaReason]> = {
  impressions: ['noImpressions', 'zeroImpressions'],
  engagements: ['noEngagements', 'zeroEngagements'],
  clicks: ['noClicks', 'zeroClicks'],
  conversions: ['noConversions', 'zeroConversions'],
};

function costPer(t: Totals, key: CountKey, per: number): Metric {
  if (t.cost.kind === 'n/a') return t.cost;
  const count = t[key];
  const [missing, zero] = COUNT_REASONS[key];
  if (count === null) return na(missing);
  if (count === 0) return na(zero);
  return {
    kind: 'money',
    value: (toMajor(t.cost.total) / count) * per,
    currency: t.cost.total.currency,
  };
}

/** (amount − cost) ÷ cost when `minusCost`, else amount ÷ cost; both in one currency. */
function overCost(
  cost: TotalCost,
  amount: Money | null,
  missing: NaReason,
  minusCost: boolean,
): Metric {
  if (cost.kind === 'n/a') return cost;
  if (amount === null) return na(missing);
  const c = cost.total;
  if (amount.currency !== c.currency) return mixedNa([c.currency, amount.currency]);
  if (c.minor === 0) return na('zeroCost');
  const numerator = minusCost ? amount.minor - c.minor : amount.minor;
  return { kind: 'ratio', value: numerator / c.minor };
}

export function metricsFromTotals(t: Totals): MetricSet {
  return {
    cpm: costPer(t, 'impressions', 1000),
    cpe: costPer(t, 'engagements', 1),
    cpc: costPer(t, 'clicks', 1),
    cpa: costPer(t, 'conversions', 1),
    roas: overCost(t.cost, t.revenue, 'noRevenue', false),
    roiRevenue: overCost(t.cost, t.revenue, 'noRevenue', true),
    roiProfit: overCost(t.cost, t.grossProfit, 'noGrossProfit', true),
  };
}

export function creatorTotals(
  c: { costs: CostLines; results: CampaignResults },
  rounding?: Rounding,
): Totals {
  const r = c.results;
  return {
    cost: totalCost(c.costs, r.revenue, rounding),
    impressions: r.impressions,
    engagements: r.engagements,
    clicks: r.clicks,
    conversions: r.conversions,
    revenue: r.revenue,
    grossProfit: r.grossProfit,
  };
}

export interface CreatorMetrics extends MetricSet {
  totalCost: TotalCost;
}

export function computeMetrics(
  c: { costs: CostLines; results: CampaignResults },
  rounding?: Rounding,
): CreatorMetrics {
  const totals = creatorTotals(c, rounding);
  return { totalCost: totals.cost, ...metricsFromTotals(totals) };
}

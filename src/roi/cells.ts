import type { CampaignGoal, CreatorCampaign, Money, TestCell } from '../shared/roi';
import { sum } from './money';
import { na, naOf, ok, type Outcome } from './outcome';
import type { TotalCost } from './costs';
import {
  creatorTotals,
  LOWER_IS_BETTER,
  METRIC_IDS,
  metricsFromTotals,
  type MetricId,
  type MetricSet,
  type Totals,
} from './metrics';
import { fairnessWarnings, type FairnessWarning, BUDGET_TOLERANCE } from './fairness';

/**
 * Test cells: one micro against a bundle of nanos with equal total spend, compared on CPA and
 * ROAS (000). A cell's figures are the sums over its creators; its metrics use the same
 * formulas as one creator's. Creators with no costs entered are left out of the sums and
 * named in a warning, so a half-entered cell never looks cheaper than it is.
 */
export interface CellSummary {
  cell: TestCell;
  /** Creators in the cell that have a campaign record. */
  campaigns: CreatorCampaign[];
  missingCosts: string[];
  missingResults: string[];
  totals: Totals;
  metrics: MetricSet;
}

export interface CellComparison {
  cells: CellSummary[];
  warnings: FairnessWarning[];
  /** Cell ids best on each metric (ties share), when at least two cells have a value. */
  leaders: Partial<Record<MetricId, string[]>>;
  /** The metrics to decide on for the cells' goal (000): CPM, CPE, or CPA and ROAS. */
  decisionMetrics: MetricId[];
  tolerance: number;
}

const DECISION: Record<CampaignGoal, MetricId[]> = {
  awareness: ['cpm'],
  consideration: ['cpe'],
  conversion: ['cpa', 'roas'],
};

function addCounts(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** Sum of the amounts entered; null when none was. */
function addMoney(values: (Money | null)[]): Outcome<Money | null> {
  const known = values.filter((v): v is Money => v !== null);
  const first = known[0];
  return first ? sum(known, first.currency) : ok(null);
}

/** Costs of the creators that have any; a refused cost (mixed currency…) refuses the cell's. */
function addCosts(costs: TotalCost[]): TotalCost {
  const refused = costs.find((c) => c.kind === 'n/a' && c.reason !== 'noCost');
  if (refused) return refused;
  const entered = costs.flatMap((c) => (c.kind === 'total' ? [c] : []));
  const total = addMoney(entered.map((c) => c.total));
  if (!total.ok) return naOf(total.error);
  if (!total.value) return na('noCost');
  return { kind: 'total', total: total.value, lines: entered.flatMap((c) => c.lines) };
}

function cellTotals(per: Totals[]): Totals {
  const revenue = addMoney(per.map((t) => t.revenue));
  const grossProfit = addMoney(per.map((t) => t.grossProfit));
  const clash = [revenue, grossProfit].find((r) => !r.ok);
  return {
    cost: clash && !clash.ok ? naOf(clash.error) : addCosts(per.map((t) => t.cost)),
    impressions: addCounts(per.map((t) => t.impressions)),
    engagements: addCounts(per.map((t) => t.engagements)),
    clicks: addCounts(per.map((t) => t.clicks)),
    conversions: addCounts(per.map((t) => t.conversions)),
    revenue: revenue.ok ? revenue.value : null,
    grossProfit: grossProfit.ok ? grossProfit.value : null,
  };
}

function hasResults(c: CreatorCampaign): boolean {
  const r = c.results;
  return [r.impressions, r.reach, r.engagements, r.clicks, r.conversions, r.revenue].some(
    (v) => v !== null,
  );
}

function summarizeCell(cell: TestCell, campaigns: readonly CreatorCampaign[]): CellSummary {
  const byId = new Map(campaigns.map((c) => [c.creatorId, c]));
  const members = cell.creatorIds.flatMap((id) => byId.get(id) ?? []);
  const per = members.map((m) => creatorTotals(m));
  const totals = cellTotals(per);
  const noCost = (i: number) => per[i]!.cost.kind === 'n/a' && per[i]!.cost.reason === 'noCost';
  const recorded = new Set(members.map((m) => m.creatorId));
  return {
    cell,
    campaigns: members,
    missingCosts: [
      ...cell.creatorIds.filter((id) => !recorded.has(id)),
      ...members.filter((_, i) => noCost(i)).map((m) => m.creatorId),
    ],
    missingResults: [
      ...cell.creatorIds.filter((id) => !recorded.has(id)),
      ...members.filter((m) => !hasResults(m)).map((m) => m.creatorId),
    ],
    totals,
    metrics: metricsFromTotals(totals),
  };
}

function leadersOf(cells: readonly CellSummary[]): CellComparison['leaders'] {
  const leaders: CellComparison['leaders'] = {};
  for (const id of METRIC_IDS) {
    const scored = cells.flatMap((c) => {
      const m = c.metrics[id];
      return m.kind === 'n/a' ? [] : [{ cellId: c.cell.id, value: m.value }];
    });
    if (scored.length < 2) continue;
    const values = scored.map((s) => s.value);
    const best = LOWER_IS_BETTER[id] ? Math.min(...values) : Math.max(...values);
    leaders[id] = scored.filter((s) => s.value === best).map((s) => s.cellId);
  }
  return leaders;
}

export function compareCells(
  cells: readonly TestCell[],
  campaigns: readonly CreatorCampaign[],
  options: { tolerance?: number } = {},
): CellComparison {
  const tolerance = options.tolerance ?? BUDGET_TOLERANCE;
  const summaries = cells.map((cell) => summarizeCell(cell, campaigns));
  const goals = new Set(
    summaries.flatMap((s) => [s.cell.goal, ...s.campaigns.map((c) => c.results.goal)]),
  );
  goals.delete(null);
  const [onlyGoal] = goals.size === 1 ? [...goals] : [];
  return {
    cells: summaries,
    warnings: fairnessWarnings(summaries, tolerance),
    leaders: leadersOf(summaries),
    decisionMetrics: onlyGoal ? DECISION[onlyGoal] : ['cpa', 'roas'],
    tolerance,
  };
}

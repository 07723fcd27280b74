import type { CostLines, Money } from '../shared/roi';
import { multiplyByPercent, multiplyByRate, sum, type Rounding } from './money';
import { na, naOf, type NA } from './outcome';

/**
 * Total cost of one creator: every cost component the sales guide lists (seed 000), management time as
 * hours × hourly rate, and hybrid-pay commission counted as a cost (commission % × attributed
 * revenue, 001). Lines not entered are left out and named, never counted as 0 in disguise.
 */
export const MONEY_LINES = [
  'fee',
  'giftingValue',
  'shipping',
  'trackingSetup',
  'contentEditing',
  'whitelisting',
  'usageRights',
  'paidAmplification',
] as const;
export type MoneyLineId = (typeof MONEY_LINES)[number];
type CostLineId = MoneyLineId | 'managementTime' | 'commission';

type CostLine = { id: CostLineId; amount: Money };
export type TotalCost = { kind: 'total'; total: Money; lines: CostLine[] } | NA;

/** hours × hourly rate, or why it cannot be known (one of the two missing). */
function managementCost(costs: CostLines, rounding: Rounding = 'half-even'): Money | NA | null {
  const { managementHours: hours, hourlyRate: rate } = costs;
  if (hours === null && rate === null) return null;
  if (hours === null || rate === null) return na('incompleteManagementTime');
  // Checked first: multiplyByRate throws on amounts integer minor units cannot hold.
  if (Math.abs(hours * rate.minor) >= Number.MAX_SAFE_INTEGER) return na('tooLarge');
  return multiplyByRate(rate, hours, rounding);
}

/** Commission on attributed revenue; unknown until the revenue is entered. */
export function commissionCost(
  costs: CostLines,
  revenue: Money | null,
  rounding: Rounding = 'half-even',
): Money | NA | null {
  if (costs.commissionPercent === null) return null;
  if (revenue === null) return na('commissionNeedsRevenue');
  return multiplyByPercent(revenue, costs.commissionPercent, rounding);
}

function costLines(costs: CostLines, revenue: Money | null, rounding?: Rounding): CostLine[] | NA {
  const lines: CostLine[] = [];
  for (const id of MONEY_LINES) {
    const amount = costs[id];
    if (amount !== null) lines.push({ id, amount });
  }
  const derived = [
    ['managementTime', managementCost(costs, rounding)],
    ['commission', commissionCost(costs, revenue, rounding)],
  ] as const;
  for (const [id, amount] of derived) {
    if (amount === null) continue;
    if ('kind' in amount) return amount;
    lines.push({ id, amount });
  }
  return lines;
}

export function totalCost(costs: CostLines, revenue: Money | null, rounding?: Rounding): TotalCost {
  const lines = costLines(costs, revenue, rounding);
  if (!Array.isArray(lines)) return lines;
  const first = lines[0];
  if (!first) return na('noCost');
  const total = sum(
    lines.map((l) => l.amount),
    first.amount.currency,
  );
  if (!total.ok) return naOf(total.error);
  return { kind: 'total', total: total.value, lines };
}

import type { Platform } from '../shared/model';
import type { Money } from '../shared/roi';
import type { TierId } from '../shared/score';
import type { ShortlistStatus } from '../shared/vetting';
import { allocate, money, multiplyByRate, type Rounding } from './money';
import { expectedPrice, type ContentFormat } from './prices';

/**
 * Budget planner: 60–70 % to proven performers, 30–40 % to testing new creators (000).
 * Shortlist status 'core' is proven; 'prospect', 'contacted' and 'testing' are being tested;
 * 'dropped' gets nothing. Within a pool, money is split in proportion to each creator's
 * price (quoted, else the middle of the reference range), so a pool buys the same share of
 * everyone's rate. Parts always add up to the budget to the cent.
 */
export const PROVEN_SHARE_RANGE = [0.6, 0.7] as const;
/** Project default: the middle of the sales guide's 60–70 % (seed 000). */
export const DEFAULT_PROVEN_SHARE = 0.65;

export interface PlannerCreator {
  creatorId: string;
  status: ShortlistStatus;
  tier: TierId;
  platform: Platform;
  format: ContentFormat;
  quoted: Money | null;
}

type Pool = 'proven' | 'testing';

interface Allocation {
  creatorId: string;
  pool: Pool;
  price: Money | null;
  priceBasis: 'quoted' | 'reference' | null;
  amount: Money;
  /** Whole posts the amount pays for at that price. */
  posts: number | null;
}

export const PLAN_WARNING_CODES = [
  'shareOutsideSeedRange',
  'noProvenCreators',
  'noTestingCreators',
  'provenPoolShort',
  'testingPoolShort',
  'priceUnknown',
] as const;
type PlanWarningCode = (typeof PLAN_WARNING_CODES)[number];

export interface BudgetPlan {
  budget: Money;
  provenShare: number;
  pools: Record<Pool, Money>;
  allocations: Allocation[];
  /** A pool with nobody in it stays unspent rather than silently moving to the other. */
  unallocated: Money;
  warnings: { code: PlanWarningCode; subs: string[] }[];
}

const poolOf = (s: ShortlistStatus): Pool | null =>
  s === 'core' ? 'proven' : s === 'dropped' ? null : 'testing';

function priceFor(c: PlannerCreator, currency: string): Pick<Allocation, 'price' | 'priceBasis'> {
  if (c.quoted && c.quoted.currency === currency) return { price: c.quoted, priceBasis: 'quoted' };
  const typical = expectedPrice(c.tier, c.platform, c.format).typical;
  if (typical && typical.currency === currency) return { price: typical, priceBasis: 'reference' };
  return { price: null, priceBasis: null };
}

export function planBudget(
  budget: Money,
  shortlist: readonly PlannerCreator[],
  provenShare = DEFAULT_PROVEN_SHARE,
  rounding: Rounding = 'half-even',
): BudgetPlan {
  const share = Math.min(
    1,
    Math.max(0, Number.isFinite(provenShare) ? provenShare : DEFAULT_PROVEN_SHARE),
  );
  const proven = multiplyByRate(budget, share, rounding);
  const pools: Record<Pool, Money> = {
    proven,
    testing: money(budget.minor - proven.minor, budget.currency),
  };
  const warnings: BudgetPlan['warnings'] = [];
  const [lo, hi] = PROVEN_SHARE_RANGE;
  if (share < lo || share > hi)
    warnings.push({ code: 'shareOutsideSeedRange', subs: [String(Math.round(share * 100))] });
  const allocations: Allocation[] = [];
  let unallocated = 0;
  for (const pool of ['proven', 'testing'] as const) {
    const members = shortlist.filter((c) => poolOf(c.status) === pool);
    if (members.length === 0) {
      warnings.push({
        code: pool === 'proven' ? 'noProvenCreators' : 'noTestingCreators',
        subs: [],
      });
      unallocated += pools[pool].minor;
      continue;
    }
    const priced = members.map((c) => ({ c, ...priceFor(c, budget.currency) }));
    const known = priced.flatMap((p) => (p.price ? [p.price.minor] : []));
    const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
    for (const p of priced)
      if (!p.price) warnings.push({ code: 'priceUnknown', subs: [p.c.creatorId] });
    const parts = allocate(
      pools[pool],
      priced.map((p) => p.price?.minor ?? fallback),
    );
    const onePostEach = known.reduce((a, b) => a + b, 0);
    if (onePostEach > pools[pool].minor) warnings.push({ code: `${pool}PoolShort`, subs: [] });
    priced.forEach((p, i) => {
      const amount = parts[i]!;
      const posts = p.price && p.price.minor > 0 ? Math.floor(amount.minor / p.price.minor) : null;
      allocations.push({
        creatorId: p.c.creatorId,
        pool,
        price: p.price,
        priceBasis: p.priceBasis,
        amount,
        posts,
      });
    });
  }
  return {
    budget,
    provenShare: share,
    pools,
    allocations,
    unallocated: money(unallocated, budget.currency),
    warnings,
  };
}

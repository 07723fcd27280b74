import type { TierId } from '../shared/score';
import type { Metric, NA } from './outcome';
import { REFERENCE_CURRENCY, MICRO_MACRO_ROI_GUIDE_FILE } from './prices';

/**
 * Reference cost per engagement and per click (004), in US dollars per unit. Only micro and
 * macro have figures; a nano creator is shown "no reference" rather than borrowing micro's.
 */
export type UnitCostKind = 'cpe' | 'cpc';

export interface UnitCostRange {
  kind: UnitCostKind;
  tier: 'micro' | 'macro';
  low: number;
  high: number;
  currency: string;
  source: string;
}

export const UNIT_COST_ROWS: readonly UnitCostRange[] = [
  {
    kind: 'cpe',
    tier: 'micro',
    low: 0.05,
    high: 0.15,
    currency: REFERENCE_CURRENCY,
    source: MICRO_MACRO_ROI_GUIDE_FILE,
  },
  {
    kind: 'cpe',
    tier: 'macro',
    low: 0.5,
    high: 2.0,
    currency: REFERENCE_CURRENCY,
    source: MICRO_MACRO_ROI_GUIDE_FILE,
  },
  {
    kind: 'cpc',
    tier: 'micro',
    low: 0.75,
    high: 1.5,
    currency: REFERENCE_CURRENCY,
    source: MICRO_MACRO_ROI_GUIDE_FILE,
  },
  {
    kind: 'cpc',
    tier: 'macro',
    low: 2.5,
    high: 5.0,
    currency: REFERENCE_CURRENCY,
    source: MICRO_MACRO_ROI_GUIDE_FILE,
  },
];

export function unitCostReference(kind: UnitCostKind, tier: TierId): UnitCostRange | null {
  return UNIT_COST_ROWS.find((r) => r.kind === kind && r.tier === tier) ?? null;
}

export type ReferenceComparison =
  | { kind: 'compared'; position: 'below' | 'within' | 'above'; reference: UnitCostRange }
  | { kind: 'no-reference'; tier: TierId }
  | { kind: 'currency-mismatch'; currency: string; referenceCurrency: string }
  | NA;

/** Where a CPE or CPC falls against the reference range; the ends count as within. */
export function compareWithReference(
  value: Metric,
  kind: UnitCostKind,
  tier: TierId,
): ReferenceComparison {
  if (value.kind === 'n/a') return value;
  const reference = unitCostReference(kind, tier);
  if (!reference) return { kind: 'no-reference', tier };
  const currency = value.kind === 'money' ? value.currency : '';
  if (currency !== reference.currency) {
    return { kind: 'currency-mismatch', currency, referenceCurrency: reference.currency };
  }
  const position =
    value.value < reference.low ? 'below' : value.value > reference.high ? 'above' : 'within';
  return { kind: 'compared', position, reference };
}

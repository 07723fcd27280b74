import type { CreatorCampaign, Money, TestCell } from '../../shared/roi';

/**
 * Amounts stored in a currency other than the brand's (typed before the brand currency was
 * changed, or imported). The ROI logic refuses to add them up; this names who holds them, so
 * the page can say what to re-enter instead of showing a bare "n/a".
 */
export interface ForeignAmounts {
  /** A creator id or a test cell id. */
  id: string;
  currencies: string[];
}

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'minor' in value && 'currency' in value;
}

function foreignIn(values: readonly unknown[], brand: string): string[] {
  const found = values.filter(isMoney).map((m) => m.currency);
  return [...new Set(found.filter((c) => c !== brand))].sort();
}

export function foreignCampaigns(
  campaigns: Iterable<CreatorCampaign>,
  brand: string,
): ForeignAmounts[] {
  const out: ForeignAmounts[] = [];
  for (const c of campaigns) {
    const currencies = foreignIn([...Object.values(c.costs), ...Object.values(c.results)], brand);
    if (currencies.length > 0) out.push({ id: c.creatorId, currencies });
  }
  return out;
}

export function foreignCells(cells: readonly TestCell[], brand: string): ForeignAmounts[] {
  return cells.flatMap((cell) => {
    const currencies = foreignIn([cell.budget], brand);
    return currencies.length > 0 ? [{ id: cell.id, currencies }] : [];
  });
}

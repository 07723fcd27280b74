import type { Platform } from '../../shared/model';
import type { RiskLevel, TierId, VerdictLevel } from '../../shared/score';
import type { ShortlistStatus } from '../../shared/vetting';
import type { ViewRow } from './view-row';

/** What the toolbar narrows the list by; '' means "any". */
export interface Filters {
  query: string;
  verdict: VerdictLevel | '';
  platform: Platform | '';
  tier: TierId | '';
  risk: RiskLevel | '';
  status: ShortlistStatus | '';
  /** Matched case-insensitively against whole tags. */
  tag: string;
}

export const NO_FILTERS: Filters = {
  query: '',
  verdict: '',
  platform: '',
  tier: '',
  risk: '',
  status: '',
  tag: '',
};

/** The search box's words, lowercased; a row must contain every one (in any order). */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesFacets(row: ViewRow, f: Filters, tag: string): boolean {
  return (
    (f.verdict === '' || row.verdict === f.verdict) &&
    (f.platform === '' || row.item.platform === f.platform) &&
    (f.tier === '' || row.tier === f.tier) &&
    (f.risk === '' || row.risk === f.risk) &&
    (f.status === '' || row.item.entry.status === f.status) &&
    (tag === '' || row.tagKeys.includes(tag))
  );
}

function matchesTerms(row: ViewRow, terms: readonly string[]): boolean {
  for (const term of terms) if (!row.searchKey.includes(term)) return false;
  return true;
}

/** The rows that pass every filter, in their given order. */
export function filterRows(rows: readonly ViewRow[], filters: Filters): ViewRow[] {
  const terms = queryTerms(filters.query);
  const tag = filters.tag.toLowerCase();
  return rows.filter((row) => matchesFacets(row, filters, tag) && matchesTerms(row, terms));
}

const sameFacets = (a: Filters, b: Filters) =>
  a.verdict === b.verdict &&
  a.platform === b.platform &&
  a.tier === b.tier &&
  a.risk === b.risk &&
  a.status === b.status &&
  a.tag.toLowerCase() === b.tag.toLowerCase();

/**
 * Filtering for the search box, one call per keystroke. When only the query grew (the
 * usual case while typing) it narrows the previous result instead of scanning every row:
 * each new term set is at least as strict as the one before it. Same output as filterRows.
 */
export function createFilter() {
  let last: { rows: readonly ViewRow[]; filters: Filters; result: ViewRow[] } | null = null;
  return (rows: readonly ViewRow[], filters: Filters): ViewRow[] => {
    const narrows =
      last !== null &&
      last.rows === rows &&
      sameFacets(last.filters, filters) &&
      filters.query.toLowerCase().startsWith(last.filters.query.toLowerCase());
    const terms = queryTerms(filters.query);
    const result = narrows
      ? last!.result.filter((row) => matchesTerms(row, terms))
      : filterRows(rows, filters);
    last = { rows, filters, result };
    return result;
  };
}

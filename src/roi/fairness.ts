import type { Money } from '../shared/roi';
import type { CellSummary } from './cells';

/**
 * When a cell comparison is not fair (000: equal budgets, the same attribution window, never
 * mixing awareness and conversion goals, two to four weeks minimum). Each warning is a code
 * for `t('roi_warn_<code>', subs)` plus the cells it concerns.
 */
/** Project default: budgets or spend may differ by at most 10 % of the larger one. */
export const BUDGET_TOLERANCE = 0.1;
/** The source articles' lower bound, "two to four weeks minimum": 14 days, counting both end dates. */
export const MIN_TEST_DAYS = 14;

export const FAIRNESS_CODES = [
  'fewerThanTwoCells',
  'budgetsUnequal',
  'spendUnequal',
  'mixedCurrency',
  'attributionWindowsDiffer',
  'attributionWindowMissing',
  'goalsDiffer',
  'goalMissing',
  'testTooShort',
  'datesMissing',
  'datesReversed',
  'missingCosts',
  'missingResults',
] as const;
export type FairnessCode = (typeof FAIRNESS_CODES)[number];

/** Warnings about one cell, whose message names it (subs[0]); the others concern several. */
export const PER_CELL_CODES: ReadonlySet<FairnessCode> = new Set([
  'testTooShort',
  'datesMissing',
  'datesReversed',
  'missingCosts',
  'missingResults',
]);

export interface FairnessWarning {
  code: FairnessCode;
  cellIds: string[];
  subs: string[];
}

const percent = (x: number) => String(Math.round(x * 1000) / 10);
const warn = (code: FairnessCode, cellIds: string[], subs: string[] = []): FairnessWarning => ({
  code,
  cellIds,
  subs,
});

/** (largest − smallest) ÷ largest, beyond the tolerance → unequal; exactly at it is fair. */
function spreadWarnings(
  code: 'budgetsUnequal' | 'spendUnequal',
  amounts: { cellId: string; money: Money }[],
  tolerance: number,
): FairnessWarning[] {
  if (amounts.length < 2) return [];
  const currencies = new Set(amounts.map((a) => a.money.currency));
  if (currencies.size > 1)
    return [
      warn(
        'mixedCurrency',
        amounts.map((a) => a.cellId),
        [[...currencies].sort().join(', ')],
      ),
    ];
  const values = amounts.map((a) => a.money.minor);
  const max = Math.max(...values);
  const spread = max > 0 ? (max - Math.min(...values)) / max : 0;
  return spread > tolerance
    ? [
        warn(
          code,
          amounts.map((a) => a.cellId),
          [percent(spread), percent(tolerance)],
        ),
      ]
    : [];
}

/** Values that must agree across every cell and creator (attribution window, goal). */
function agreementWarnings<T extends string | number>(
  cells: readonly CellSummary[],
  pick: (s: CellSummary) => (T | null)[],
  differ: FairnessCode,
  missing: FairnessCode,
): FairnessWarning[] {
  const perCell = cells.map((s) => ({
    id: s.cell.id,
    values: pick(s).filter((v): v is T => v !== null),
  }));
  const distinct = [...new Set(perCell.flatMap((c) => c.values))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const out: FairnessWarning[] = [];
  if (distinct.length > 1)
    out.push(
      warn(
        differ,
        perCell.map((c) => c.id),
        [distinct.join(', ')],
      ),
    );
  const without = perCell.filter((c) => c.values.length === 0).map((c) => c.id);
  if (without.length > 0) out.push(warn(missing, without));
  return out;
}

const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Test length in days, both ends counted: 1 to 14 June is 14 days. */
export function testDays(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

function durationWarnings(s: CellSummary): FairnessWarning[] {
  const starts = [s.cell.startDate, ...s.campaigns.map((c) => c.results.startDate)];
  const ends = [s.cell.endDate, ...s.campaigns.map((c) => c.results.endDate)];
  const start = s.cell.startDate ?? starts.filter((d): d is string => d !== null).sort()[0];
  const end =
    s.cell.endDate ??
    ends
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1);
  const id = s.cell.id;
  if (!start || !end) return [warn('datesMissing', [id], [s.cell.name])];
  const days = testDays(start, end);
  if (days < 1) return [warn('datesReversed', [id], [s.cell.name])];
  if (days < MIN_TEST_DAYS)
    return [warn('testTooShort', [id], [s.cell.name, String(days), String(MIN_TEST_DAYS)])];
  return [];
}

export function fairnessWarnings(
  cells: readonly CellSummary[],
  tolerance = BUDGET_TOLERANCE,
): FairnessWarning[] {
  const out: FairnessWarning[] = [];
  if (cells.length < 2)
    out.push(
      warn(
        'fewerThanTwoCells',
        cells.map((s) => s.cell.id),
      ),
    );
  const budgets = cells.flatMap((s) =>
    s.cell.budget ? [{ cellId: s.cell.id, money: s.cell.budget }] : [],
  );
  out.push(...spreadWarnings('budgetsUnequal', budgets, tolerance));
  const spend = cells.flatMap((s) =>
    s.totals.cost.kind === 'total' ? [{ cellId: s.cell.id, money: s.totals.cost.total }] : [],
  );
  out.push(...spreadWarnings('spendUnequal', spend, tolerance));
  out.push(
    ...agreementWarnings(
      cells,
      (s) => [
        s.cell.attributionWindowDays,
        ...s.campaigns.map((c) => c.results.attributionWindowDays),
      ],
      'attributionWindowsDiffer',
      'attributionWindowMissing',
    ),
    ...agreementWarnings(
      cells,
      (s) => [s.cell.goal, ...s.campaigns.map((c) => c.results.goal)],
      'goalsDiffer',
      'goalMissing',
    ),
  );
  for (const s of cells) {
    out.push(...durationWarnings(s));
    if (s.missingCosts.length > 0)
      out.push(warn('missingCosts', [s.cell.id], [s.cell.name, String(s.missingCosts.length)]));
    if (s.missingResults.length > 0)
      out.push(warn('missingResults', [s.cell.id], [s.cell.name, String(s.missingResults.length)]));
  }
  return dedupe(out);
}

/** Budget and spend may both report the same currency clash; say it once. */
function dedupe(list: FairnessWarning[]): FairnessWarning[] {
  const seen = new Set<string>();
  return list.filter((w) => {
    const key = `${w.code}|${w.cellIds.join(',')}|${w.subs.join(',')}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

import type { Column } from './column';
import { entryColumns } from './columns-entry';
import { contactColumns } from './columns-contact';
import { countColumns } from './columns-counts';
import { personColumns } from './columns-person';
import { identityColumns } from './columns-identity';
import { roiColumns } from './columns-roi';
import { scoreColumns } from './columns-score';
import { vettingColumns } from './columns-vetting';

export type { Column } from './column';
export { CellError, numberColumn, textColumn } from './column';

/**
 * The one CSV column set, in file order: identity and counts, score and signals, checklist
 * and manual entries, then shortlist status, tags, notes and dates. Every column is listed
 * with its meaning in COLUMNS.md (a test keeps the two in step). The campaign (ROI) columns
 * follow them (STANDARD_COLUMNS, which puts the answer first); other modules may append theirs
 * with `registerColumns`. Existing columns are never renamed, so files exported earlier still import.
 */
export const BASE_COLUMNS: readonly Column[] = [
  ...identityColumns,
  ...countColumns(),
  ...scoreColumns,
  ...vettingColumns,
  ...entryColumns,
];

/**
 * What a marketer reads first in a spreadsheet: who, the answer, why, the next step, then the
 * figures the answer rests on and where the creator stands in the pipeline. Import matches
 * columns by header, so the order is free; files written in the earlier order still import.
 */
const LEAD = [
  'display_name',
  'handle',
  'platform',
  'verdict',
  'verdict_reasons',
  'next_step',
  'verdict_confidence',
  'followers',
  'tier',
  'engagement_rate_percent',
  'risk',
  'risk_reasons_labels',
  'status',
  'tags',
  'notes',
  'contact_emails',
];

/** The lead columns first (in LEAD's order), then every other in its set's order. */
function leadFirst(columns: readonly Column[]): Column[] {
  const rank = new Map(LEAD.map((id, i) => [id, i]));
  const lead = columns.filter((c) => rank.has(c.id));
  lead.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...lead, ...columns.filter((c) => !rank.has(c.id))];
}

/**
 * Every export writes: the lead, then the vetting set, the campaign (ROI) columns, contact and
 * person (issue 17). New columns go at the end of their set.
 */
export const STANDARD_COLUMNS: readonly Column[] = leadFirst([
  ...BASE_COLUMNS,
  ...roiColumns,
  ...contactColumns,
  ...personColumns,
]);

const appended: Column[] = [];

/** Every column: the standard set first, then appended ones in registration order. */
export function csvColumns(): readonly Column[] {
  return appended.length === 0 ? STANDARD_COLUMNS : [...STANDARD_COLUMNS, ...appended];
}

/** Appends columns at the end of the set; refuses a clash of id or header (case-insensitive). */
export function registerColumns(columns: readonly Column[]): void {
  const taken = new Set(csvColumns().flatMap(columnKeys));
  for (const column of columns) {
    const clash = columnKeys(column).find((key) => taken.has(key));
    if (clash !== undefined) throw new Error(`CSV column "${clash}" is already defined`);
    columnKeys(column).forEach((key) => taken.add(key));
  }
  appended.push(...columns);
}

/** The names import accepts for a column: its header and its id. */
export function columnKeys(column: Column): string[] {
  return [...new Set([normaliseHeader(column.header), normaliseHeader(column.id)])];
}

export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase();
}

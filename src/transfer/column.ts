import type { z } from 'zod';
import type { ShortlistRow } from '../shared/shortlist-row';
import type { CellRule } from './cell-rule';

/**
 * One CSV column: how to read its cell from a shortlist row and, for import, how to put a
 * cell back. `set` is only called for non-empty cells, so an empty cell leaves the row's
 * default (null, [], '' or "no checklist"), which is what an empty cell was written from.
 */
interface ColumnBase {
  /** Stable machine id; import also accepts it in place of the header. */
  id: string;
  /** English header written to the file; import matches it case-insensitively. */
  header: string;
  description: string;
  /** Import refuses a file without this column, and a row with this cell empty. */
  required?: boolean;
  /** The field behind the column ("record.followers"), so zod errors name the right column. */
  path?: string;
  /**
   * Runs once per imported row after every cell is set: fills defaults that span columns.
   * `now` (ISO) stands in for dates a hand-made file leaves out.
   */
  finish?: (row: ShortlistRow, now: string) => void;
}

export interface TextColumn extends ColumnBase {
  kind: 'text';
  get(row: ShortlistRow): string | null;
  set?(row: ShortlistRow, value: string): void;
}

export interface NumberColumn extends ColumnBase {
  kind: 'number';
  get(row: ShortlistRow): number | null;
  set?(row: ShortlistRow, value: number): void;
}

/**
 * A figure computed from other columns (ROI metrics, total cost): written as a number or as
 * the text "n/a", never parsed back, since import recomputes it from the entered columns.
 * `set` receives the raw cell only to note that the row had one.
 */
export interface ComputedColumn extends ColumnBase {
  kind: 'computed';
  get(row: ShortlistRow): string | number | null;
  set?(row: ShortlistRow, cell: string): void;
}

export type Column = TextColumn | NumberColumn | ComputedColumn;

/** A column written for reading and never parsed back (import ignores the cell). */
export function forPeople(c: Omit<ComputedColumn, 'kind' | 'set'>): ComputedColumn {
  return { ...c, kind: 'computed', set: () => undefined };
}

/** A cell that cannot be imported; the message is shown to the user next to the row. */
export class CellError extends Error {
  constructor(
    message: string,
    /** The header to blame when the error is found after the cells (in `finish`). */
    readonly column?: string,
    /** What the cell should have been, for the page's words. */
    readonly rule?: CellRule,
  ) {
    super(message);
  }
}

export const textColumn = (c: Omit<TextColumn, 'kind'>): TextColumn => ({ ...c, kind: 'text' });
export const numberColumn = (c: Omit<NumberColumn, 'kind'>): NumberColumn => ({
  ...c,
  kind: 'number',
});

/** Parses an enum cell leniently (case, surrounding spaces) and names the allowed values. */
export function enumCell<T extends string>(schema: z.ZodEnum<{ [K in T]: K }>, cell: string): T {
  const value = cell.trim().toLowerCase();
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as T;
  const options = schema.options.map(String);
  throw new CellError(`"${cell}" is not one of: ${options.join(', ')}`, undefined, {
    kind: 'oneOf',
    options,
  });
}

export function booleanCell(cell: string): boolean {
  const value = cell.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new CellError(`"${cell}" is not true or false`, undefined, { kind: 'trueFalse' });
}

export const booleanText = (value: boolean | null): string | null =>
  value === null ? null : String(value);

type Described = Pick<ColumnBase, 'id' | 'header' | 'description' | 'required' | 'finish'>;
type RecordText =
  | 'id'
  | 'handle'
  | 'displayName'
  | 'profileUrl'
  | 'bio'
  | 'externalLink'
  | 'firstSeen'
  | 'lastSeen';
type EntryText = 'notes' | 'addedAt' | 'updatedAt';

/** A text column that is one string field of the record, copied as is both ways. */
export const recordText = (field: RecordText, c: Described): TextColumn =>
  textColumn({
    ...c,
    path: `record.${field}`,
    get: (r) => r.record[field],
    set: (r, v) => void (r.record[field] = v),
  });

/** A text column that is one string field of the shortlist entry. */
export const entryText = (field: EntryText, c: Described): TextColumn =>
  textColumn({
    ...c,
    path: `entry.${field}`,
    get: (r) => r.entry[field],
    set: (r, v) => void (r.entry[field] = v),
  });

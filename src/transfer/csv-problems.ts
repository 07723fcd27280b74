import type { z } from 'zod';
import { ruleOfIssue } from './cell-rule';
import { CellError, type Column } from './columns';
import type { ImportError } from './row';

/**
 * The problems of a CSV row, each with the rule the pages put in words (src/ui/errors/
 * row-words.ts); `message` is English for engineers and tests.
 */

export function tooManyRows(count: number, limit: number): string {
  return `The file has ${count.toLocaleString('en')} rows; one import takes at most ${limit.toLocaleString('en')} creators. Split the file and import the parts one after another.`;
}

/** A CellError's message is written for the user; anything else is a bug, still shown per row. */
export function messageOf(error: unknown): string {
  if (error instanceof CellError) return error.message;
  return `Could not read this row (${error instanceof Error ? error.message : String(error)}).`;
}

/** The cell a column was read from, for "found …". */
export const cellOf =
  (cells: readonly string[], byPosition: readonly (Column | undefined)[]) => (column: Column) => {
    const at = byPosition.indexOf(column);
    return at < 0 ? undefined : cells[at];
  };

/** Names the column behind a zod issue: the column whose field path is the longest prefix. */
export function zodIssue(
  issue: z.core.$ZodIssue,
  columns: readonly Column[],
  line: number,
  cellIn: (column: Column) => string | undefined,
): ImportError {
  const path = issue.path.join('.');
  let best: Column | undefined;
  for (const c of columns) {
    const match = c.path !== undefined && (path === c.path || path.startsWith(`${c.path}.`));
    if (match && (!best || c.path!.length > best.path!.length)) best = c;
  }
  // Every problem gets a rule, so the page never shows zod's English or a field path.
  const rule = ruleOfIssue(issue) ?? { kind: 'form' };
  const found = best && cellIn(best);
  return {
    line,
    ...(best ? { column: best.header } : {}),
    message: best ? issue.message : `${path}: ${issue.message}`,
    rule,
    ...(found !== undefined ? { found } : {}),
  };
}

/** A problem found once every cell is read (a `finish` step), on the column it blames. */
export function finishIssue(
  error: unknown,
  line: number,
  cells: readonly string[],
  byPosition: readonly (Column | undefined)[],
): ImportError {
  const column = error instanceof CellError ? error.column : undefined;
  const rule = error instanceof CellError ? error.rule : { kind: 'form' as const };
  // The blamed column's cell, so the words can say what was found ("a b c" as a handle).
  const found = rule && column ? cells[byPosition.findIndex((c) => c?.header === column)] : '';
  return {
    line,
    ...(column && { column }),
    message: messageOf(error),
    ...(rule && { rule }),
    ...(found ? { found } : {}),
  };
}

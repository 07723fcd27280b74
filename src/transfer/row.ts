import type { CellRule } from './cell-rule';

/** One problem in an import preview. `line` is the row number a spreadsheet shows (header = 1). */
export interface ImportError {
  line: number;
  column?: string;
  /** English, for engineers and tests; the pages say `rule` and `found` in words when set. */
  message: string;
  rule?: CellRule;
  /** The cell's text as found in the file. */
  found?: string;
}

/** What an import shows before anything is committed: commit only when `errors` is empty. */
export interface ImportPreview<T> {
  rows: T[];
  errors: ImportError[];
  /** The file's headers this version does not know and leaves out (not a reason to refuse). */
  ignored: string[];
}

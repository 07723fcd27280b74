import { z } from 'zod';
import { ChecklistState, CreatorRecord, ShortlistEntry } from '../shared/creator';

/**
 * The unit of export and import: one shortlisted creator with everything the marketer added.
 * `checklist` is null until the marketer touches the checklist or a manual entry.
 */
export const ShortlistRow = z.object({
  record: CreatorRecord,
  checklist: ChecklistState.nullable(),
  entry: ShortlistEntry,
});
export type ShortlistRow = z.infer<typeof ShortlistRow>;

/** One problem in an import preview. `line` is the row number a spreadsheet shows (header = 1). */
export interface ImportError {
  line: number;
  column?: string;
  message: string;
}

/** What an import shows before anything is committed: commit only when `errors` is empty. */
export interface ImportPreview<T> {
  rows: T[];
  errors: ImportError[];
  /** Non-blocking notes, e.g. columns this version does not know and will ignore. */
  warnings: string[];
}

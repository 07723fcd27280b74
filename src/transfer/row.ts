import { z } from 'zod';
import { ChecklistState, CreatorRecord, ShortlistEntry } from '../shared/creator';
import { PersonRef } from '../shared/person';
import { CreatorCampaign } from '../shared/roi';

/**
 * The unit of export and import: one shortlisted creator with everything the marketer added.
 * `checklist` is null until the marketer touches the checklist or a manual entry.
 * `campaign` (costs and results, for the ROI columns) is optional so rows built before it
 * existed stay valid; absent and null both mean "none entered".
 */
export const ShortlistRow = z.object({
  record: CreatorRecord,
  checklist: ChecklistState.nullable(),
  entry: ShortlistEntry,
  campaign: CreatorCampaign.nullable().optional(),
  /** The person this account is linked to (issue 17); absent or null when it stands alone. */
  person: PersonRef.nullable().optional(),
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

import { z } from 'zod';
import { ChecklistState, CreatorRecord, ShortlistEntry } from './creator';
import { PersonRef } from './person';
import { CreatorCampaign } from './roi';

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

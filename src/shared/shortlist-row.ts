import { z } from 'zod';
import { ChecklistState, CreatorRecord, ShortlistEntry } from './creator';
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
});
export type ShortlistRow = z.infer<typeof ShortlistRow>;

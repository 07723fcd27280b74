import { z } from 'zod';
import { ChecklistState, CreatorRecord, ShortlistEntry, SnapshotRow } from '../shared/creator';
import { NotSamePair, Person } from '../shared/person';
import { CreatorCampaign, TestCell } from '../shared/roi';
import { Settings } from '../shared/vetting';

/**
 * The full JSON backup: every store, lossless (posts, comments, follower samples, history).
 * `version` changes only when a reader of the old version would misread the new one; fields
 * added since version 1 are optional with defaults, so version 1 stays readable.
 */
export const BACKUP_FORMAT = 'creator-vetting-backup';
export const BACKUP_VERSION = 1;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  creators: z.array(CreatorRecord),
  snapshots: z.array(SnapshotRow),
  checklists: z.array(ChecklistState),
  shortlist: z.array(ShortlistEntry),
  /** null when the user never saved settings. */
  settings: Settings.nullable(),
  /** ROI stores; absent in backups from before they existed. */
  campaigns: z.array(CreatorCampaign).default([]),
  cells: z.array(TestCell).default([]),
  /** People linked across platforms and pairs marked "not the same"; absent before them. */
  people: z.array(Person).default([]),
  notSame: z.array(NotSamePair).default([]),
});
export type Backup = z.infer<typeof Backup>;

export type BackupContents = Omit<
  Backup,
  'format' | 'version' | 'exportedAt' | 'campaigns' | 'cells' | 'people' | 'notSame'
> &
  Partial<Pick<Backup, 'campaigns' | 'cells' | 'people' | 'notSame'>>;

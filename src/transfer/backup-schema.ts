import { z } from 'zod';
import { ChecklistState, CreatorRecord, ShortlistEntry, ReadingRow } from '../shared/creator';
import { NotSamePair, Person } from '../shared/person';
import { CreatorCampaign, TestCell } from '../shared/roi';
import { Settings } from '../shared/vetting';

/**
 * The full JSON backup: every store, lossless (posts, comments, follower samples, history).
 * `version` changes only when a reader of the old version would misread the new one; fields
 * added since are optional with defaults. Version 2 renamed "snapshots" to "readings" (the
 * project's one word for a page reading); `fromVersion1` reads the older files.
 */
export const BACKUP_FORMAT = 'creator-vetting-backup';
export const BACKUP_VERSION = 2;

/** A version 1 file, in version 2's words: its "snapshots" are the readings. */
export function fromVersion1(file: Record<string, unknown>): Record<string, unknown> {
  const { snapshots, ...rest } = file;
  return { ...rest, version: 2, readings: snapshots };
}

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  creators: z.array(CreatorRecord),
  readings: z.array(ReadingRow),
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

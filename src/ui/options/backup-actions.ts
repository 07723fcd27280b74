import type { VettingDb } from '../../storage/open';
import { countAll, deleteAll, dumpAll, replaceAll } from '../../storage/backup-ops';
import {
  backupToJson,
  makeBackup,
  parseBackup,
  type Backup,
  type BackupContents,
  type BackupPreview,
} from '../../transfer/backup';

export type { BackupPreview };

/** The whole database as the backup file's text (format in src/transfer/backup-schema.ts). */
export async function backupText(db: VettingDb, now = new Date()): Promise<string> {
  // The ROI stores are typed unknown in storage; makeBackup validates and keeps them as stored.
  const contents = (await dumpAll(db)) as BackupContents;
  return backupToJson(makeBackup(contents, now));
}

export function backupFileName(now = new Date()): string {
  return `creator-vetting-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Reads a chosen file; nothing is written until the user confirms the preview. */
export async function previewFile(file: Blob): Promise<BackupPreview> {
  return parseBackup(await file.text());
}

/** Replaces everything with a validated backup, in one transaction (all or nothing). */
export async function restoreBackup(db: VettingDb, backup: Backup): Promise<void> {
  await replaceAll(db, backup);
}

export { countAll as countStored, deleteAll as deleteEverything };

import {
  Backup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  fromVersion1,
  type BackupContents,
} from './backup-schema';
import {
  countsOf,
  duplicateIds,
  identityErrors,
  whoOf,
  listed,
  refuse,
  type BackupError,
  type BackupPreview,
} from './backup-checks';
import type { z } from 'zod';
import { foundText, ruleOfIssue } from './cell-rule';

export * from './backup-schema';
export type { BackupPreview } from './backup-checks';

/**
 * Assembles a backup. When the stored data validates, the backup is the parsed copy (keys in
 * schema order), so export → restore → export gives identical bytes; when it does not, the
 * data goes out as stored: a backup must never be refused, and restore will name the problem.
 */
export function makeBackup(contents: BackupContents, now = new Date()): Backup {
  // Field by field, so a restored backup passed back in cannot carry its old exportedAt along.
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    creators: contents.creators,
    readings: contents.readings,
    checklists: contents.checklists,
    shortlist: contents.shortlist,
    settings: contents.settings,
    campaigns: contents.campaigns ?? [],
    cells: contents.cells ?? [],
    people: contents.people ?? [],
    notSame: contents.notSame ?? [],
  } as const;
  const parsed = Backup.safeParse(backup);
  return parsed.success ? parsed.data : backup;
}

function withRule(issue: z.core.$ZodIssue): Pick<BackupError, 'rule' | 'found'> {
  // Every problem gets a rule, so the page never shows zod's English.
  const rule = ruleOfIssue(issue) ?? { kind: 'form' };
  const found = foundText(issue.input);
  return { rule, ...(found !== undefined ? { found } : {}) };
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup);
}

/**
 * Reads a backup file for restore. All or nothing: any invalid item, a duplicate key or a
 * newer format gives `backup: null` and the full list of problems (the first 200).
 */
export function parseBackup(text: string): BackupPreview {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse(`Not a JSON file (${(error as Error).message}).`, { kind: 'notJson' });
  }
  const head = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT)
    return refuse('This file is not a Creator Vetting backup.', { kind: 'notBackup' });
  const version = head.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse(`The backup's version (${String(version)}) is not valid.`, {
      kind: 'badVersion',
    });
  if (version > BACKUP_VERSION)
    return refuse(
      `This backup was made by a newer version of the extension (backup format ${version}; this version reads up to ${BACKUP_VERSION}). Update the extension, then restore it.`,
      { kind: 'newerVersion', version, reads: BACKUP_VERSION },
    );
  // The input comes with each issue, so a problem can say what it found (foundText).
  const parsed = Backup.safeParse(version === 1 ? fromVersion1(head) : head, {
    reportInput: true,
  });
  if (!parsed.success) {
    const errors: BackupError[] = parsed.error.issues.map((issue) => ({
      path: issue.path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
        .join(''),
      message: issue.message,
      ...withRule(issue),
      ...whoOf(head, issue.path),
    }));
    return { backup: null, errors: listed(errors), counts: countsOf(null) };
  }
  const duplicates = [...duplicateIds(parsed.data), ...identityErrors(parsed.data)];
  if (duplicates.length > 0)
    return { backup: null, errors: listed(duplicates), counts: countsOf(null) };
  return { backup: parsed.data, errors: [], counts: countsOf(parsed.data) };
}

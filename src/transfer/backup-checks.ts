import { checkedIdentity } from '../shared/identity';
import type { Backup } from './backup-schema';
import type { CellRule } from './cell-rule';

export interface BackupError {
  /** Where in the backup, e.g. "creators[3].followers.low"; empty for the whole file. */
  path: string;
  /** English, for engineers and tests; the pages say `rule` and `found` in words when set. */
  message: string;
  rule?: CellRule;
  found?: string;
  /** The handle of the creator the item is about, as the file has it, to name the item. */
  who?: string;
}

/** A backup is restored whole or not at all: `backup` is null whenever `errors` is not empty. */
export interface BackupPreview {
  backup: Backup | null;
  errors: BackupError[];
  /** Counts per store, for the confirmation dialog. */
  counts: Record<
    'creators' | 'readings' | 'checklists' | 'shortlist' | 'campaigns' | 'cells',
    number
  >;
}

const MAX_LISTED = 200;

export function refuse(message: string, rule?: CellRule): BackupPreview {
  const error = { path: '', message, ...(rule ? { rule } : {}) };
  return { backup: null, errors: [error], counts: countsOf(null) };
}

export function listed(errors: BackupError[]): BackupError[] {
  if (errors.length <= MAX_LISTED) return errors;
  const count = errors.length - MAX_LISTED;
  const more: BackupError = {
    path: '',
    message: `…and ${count} more problems.`,
    rule: { kind: 'more', count },
  };
  return [...errors.slice(0, MAX_LISTED), more];
}

/** The handle behind an item of the backup (a creator, or an item keyed by creator id). */
export function whoOf(
  head: Record<string, unknown>,
  path: readonly PropertyKey[],
): { who?: string } {
  const [store, index] = path;
  const items = typeof store === 'string' ? head[store] : undefined;
  if (typeof index !== 'number' || !Array.isArray(items)) return {};
  const item = (items[index] ?? {}) as { handle?: unknown; creatorId?: unknown };
  const handle =
    typeof item.handle === 'string'
      ? item.handle
      : typeof item.creatorId === 'string'
        ? item.creatorId.slice(item.creatorId.indexOf(':') + 1)
        : '';
  return handle ? { who: handle.slice(0, 40) } : {};
}

/** Stores keyed by creator id hold one item per creator; two would silently overwrite each other. */
export function duplicateIds(backup: Backup): BackupError[] {
  const keyed = {
    creators: backup.creators.map((c) => c.id),
    checklists: backup.checklists.map((c) => c.creatorId),
    shortlist: backup.shortlist.map((e) => e.creatorId),
    campaigns: backup.campaigns.map((c) => c.creatorId),
    cells: backup.cells.map((c) => c.id),
  };
  return Object.entries(keyed).flatMap(([store, ids]) => {
    const seen = new Set<string>();
    const errors: BackupError[] = [];
    ids.forEach((id, i) => {
      if (seen.has(id))
        errors.push({
          path: `${store}[${i}]`,
          message: `Second entry for "${id}".`,
          rule: { kind: 'duplicate' },
          ...whoOf(backup as unknown as Record<string, unknown>, [store, i]),
        });
      seen.add(id);
    });
    return errors;
  });
}

/**
 * A file cannot say which creator a record replaces: each creator's id must be the one its
 * platform and handle give, and a profile address off the creator's own site is replaced by
 * the profile page (in place: the restored record then points where the handle says).
 */
export function identityErrors(backup: Backup): BackupError[] {
  const errors: BackupError[] = [];
  backup.creators.forEach((creator, i) => {
    const who = checkedIdentity(creator.platform, creator.handle, creator.profileUrl);
    if ('problem' in who)
      errors.push({
        path: `creators[${i}].handle`,
        message: who.problem,
        rule: { kind: 'handle', platform: creator.platform },
        found: creator.handle,
        who: creator.handle,
      });
    else if (who.handle !== creator.handle || who.id !== creator.id)
      errors.push({
        path: `creators[${i}].id`,
        message: `"${creator.id}" does not match its platform and handle (expected "${who.id}").`,
        rule: { kind: 'idMismatch' },
        who: creator.handle,
      });
    else creator.profileUrl = who.profileUrl;
  });
  return errors;
}

export function countsOf(backup: Backup | null): BackupPreview['counts'] {
  const n = (list: unknown[] | undefined) => list?.length ?? 0;
  return {
    creators: n(backup?.creators),
    readings: n(backup?.readings),
    checklists: n(backup?.checklists),
    shortlist: n(backup?.shortlist),
    campaigns: n(backup?.campaigns),
    cells: n(backup?.cells),
  };
}

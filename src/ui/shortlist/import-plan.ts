import type { ReadingRow } from '../../shared/creator';
import type { ShortlistSummary } from '../../storage/shortlist-index';
import type { Backup, BackupPreview } from '../../transfer/backup';
import type { ParsedImport } from '../../transfer/import-parse';
import type { ImportPreview } from '../../transfer/row';
import type { ShortlistRow } from '../../shared/shortlist-row';
import { t } from '../i18n';
import type { RowProblem } from '../errors/row-words';
import { conflictsOf, type Conflict } from './import-conflicts';

/** Everything the import preview shows; commit is allowed only when `errors` is empty. */
export interface ImportPlan {
  kind: 'csv' | 'backup';
  fileName: string;
  rows: ShortlistRow[];
  /** Follower history carried by a backup, for the imported creators only. */
  readings: ReadingRow[];
  /** Shown one sentence each (rowSentence): line or place, what was expected, what was found. */
  errors: RowProblem[];
  warnings: string[];
  /** Creators already stored that the import would overwrite, with what differs. */
  conflicts: Conflict[];
  /** Creators stored but not on the shortlist (visited, not saved) that would be overwritten. */
  unlistedOverwrites: number;
}

export interface ImportContext {
  /** The shortlist as loaded on the page, to tell what an import would change. */
  current: ReadonlyMap<string, ShortlistSummary>;
  /** Every creator id in storage, shortlisted or not. */
  storedIds: ReadonlySet<string>;
}

/**
 * Turns a parsed file (CSV or JSON backup, parsed in the import worker) into a preview.
 * Pure: nothing is written here.
 */
export function planImport(
  fileName: string,
  parsed: ParsedImport,
  context: ImportContext,
): ImportPlan {
  const read = parsed.kind === 'backup' ? readBackup(parsed.preview) : readCsv(parsed.preview);
  const conflicts = conflictsOf(read.rows, context.current);
  const unlistedOverwrites = read.rows.filter(
    (r) => context.storedIds.has(r.record.id) && !context.current.has(r.record.id),
  ).length;
  return { fileName, ...read, conflicts, unlistedOverwrites };
}

type Read = Pick<ImportPlan, 'kind' | 'rows' | 'readings' | 'errors' | 'warnings'>;

function readCsv(preview: ImportPreview<ShortlistRow>): Read {
  return {
    kind: 'csv',
    rows: preview.errors.length === 0 ? preview.rows : [],
    readings: [],
    errors: once(preview.errors.map(({ column, ...e }) => ({ ...e, place: column ?? '' }))),
    // A column of the marketer's own (a spreadsheet note) is left out, not a reason to refuse.
    warnings: preview.ignored.map((header) => t('shortlistImportIgnored', [header])),
  };
}

/** Each problem once: a cell behind several fields (Following) gives one issue per field. */
function once(problems: RowProblem[]): RowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.line, p.place, p.message, p.found]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

function readBackup(preview: BackupPreview): Read {
  if (!preview.backup) {
    const errors = preview.errors.map(({ path, ...e }) => ({ ...e, line: null, place: path }));
    return { kind: 'backup', rows: [], readings: [], errors, warnings: [] };
  }
  return { kind: 'backup', ...backupRows(preview.backup) };
}

/**
 * The shortlist part of a backup: each entry with its full creator record and checklist.
 * Creators that are stored but not shortlisted, settings and ROI data are left to the
 * options page's full restore; the preview says how many were left out.
 */
function backupRows(backup: Backup): Pick<Read, 'rows' | 'readings' | 'errors' | 'warnings'> {
  const creators = new Map(backup.creators.map((c) => [c.id, c]));
  const checklists = new Map(backup.checklists.map((c) => [c.creatorId, c]));
  const rows: ShortlistRow[] = [];
  const errors: RowProblem[] = [];
  backup.shortlist.forEach((entry, i) => {
    const record = creators.get(entry.creatorId);
    if (!record) {
      const message = t('shortlistImportNoRecord');
      errors.push({ line: null, place: `shortlist[${i}]`, message });
    } else rows.push({ record, checklist: checklists.get(entry.creatorId) ?? null, entry });
  });
  const ids = new Set(rows.map((r) => r.record.id));
  const leftOut = backup.creators.length - ids.size;
  const warnings = leftOut > 0 ? [t('shortlistImportLeftOut', [String(leftOut)])] : [];
  const readings = backup.readings.filter((s) => ids.has(s.creatorId));
  return { rows: errors.length ? [] : rows, readings, errors, warnings };
}

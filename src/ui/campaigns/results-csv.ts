import Papa from 'papaparse';
import { CampaignResults, type CreatorCampaign } from '../../shared/roi';
import { ruleOfIssue } from '../../transfer/cell-rule';
import type { ImportError } from '../../transfer/row';
import { emptyCampaign } from './use-page-state';
import { t } from '../i18n';
import {
  CREATOR_HEADERS,
  CURRENCY_HEADER,
  headerKey,
  RESULT_FIELDS,
  type ResultField,
} from './results-fields';

/**
 * Reads a results CSV (RESULTS-CSV.md): one row per creator, matched by creator id or
 * handle, with any of the result columns. Every row is checked (zod on the merged results)
 * and every problem listed by spreadsheet row; the caller stores `updates` only when
 * `errors` is empty, all at once. An empty cell keeps what is stored.
 */
export interface ResultsPreview {
  updates: CreatorCampaign[];
  errors: ImportError[];
  warnings: string[];
}

export interface ResultsContext {
  creators: readonly { id: string; handle: string }[];
  campaigns: ReadonlyMap<string, CreatorCampaign>;
  currency: string;
  now?: Date;
}

type Slot = { kind: 'creator' } | { kind: 'currency' } | { kind: 'field'; field: ResultField };

function mapHeader(header: string[]): { slots: (Slot | null)[]; unknown: string[] } {
  const byKey = new Map<string, Slot>([
    ...CREATOR_HEADERS.map((h): [string, Slot] => [headerKey(h), { kind: 'creator' }]),
    [headerKey(CURRENCY_HEADER), { kind: 'currency' }],
    ...RESULT_FIELDS.map((f): [string, Slot] => [headerKey(f.header), { kind: 'field', field: f }]),
  ]);
  const unknown = header.filter((h) => h.trim() !== '' && !byKey.has(headerKey(h)));
  return { slots: header.map((h) => byKey.get(headerKey(h)) ?? null), unknown };
}

/** The creator a cell names: "platform:handle", or a handle that only one creator has. */
function findCreator(cell: string, creators: ResultsContext['creators']): string {
  const wanted = cell.trim().toLowerCase();
  if (wanted.includes(':')) {
    const byId = creators.find((c) => c.id.toLowerCase() === wanted);
    if (byId) return byId.id;
    throw new Error(t('cmp_import_notListed', [cell]));
  }
  const handle = wanted.replace(/^@/, '');
  const matches = creators.filter((c) => c.handle.toLowerCase() === handle);
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new Error(t('cmp_import_noHandle', [handle]));
  throw new Error(t('cmp_import_severalPlatforms', [handle, matches.map((m) => m.id).join(', ')]));
}

/** Comma, or the semicolon or tab a European spreadsheet writes: whichever the header uses most. */
function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function readResultsCsv(text: string, ctx: ResultsContext): ResultsPreview {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { delimiter: guessDelimiter(clean) });
  const errors: ImportError[] = parsed.errors.map((e) => ({
    line: (e.row ?? 0) + 1,
    message: `CSV: ${e.message}`,
    rule: { kind: 'csv', code: e.code },
  }));
  const [header = [], ...records] = parsed.data;
  const { slots, unknown } = mapHeader(header);
  const warnings = unknown.map((h) => t('cmp_import_ignored', [h]));
  const creatorAt = slots.findIndex((s) => s?.kind === 'creator');
  if (creatorAt < 0) errors.push({ line: 1, message: t('cmp_import_noCreatorColumn') });
  if (!slots.some((s) => s?.kind === 'field'))
    errors.push({
      line: 1,
      message: t('cmp_import_noResultColumns', [RESULT_FIELDS.map((f) => f.header).join(', ')]),
    });
  if (errors.length > 0) return { updates: [], errors, warnings };

  const updates: CreatorCampaign[] = [];
  const lineOf = new Map<string, number>();
  const now = (ctx.now ?? new Date()).toISOString();
  records.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const issue = (message: string, column?: string, more: Partial<ImportError> = {}) =>
      void errors.push({ line, message, ...(column ? { column } : {}), ...more });
    let id: string;
    try {
      id = findCreator(cells[creatorAt] ?? '', ctx.creators);
    } catch (error) {
      return issue((error as Error).message, header[creatorAt]);
    }
    const twin = lineOf.get(id);
    if (twin !== undefined) return issue(t('cmp_import_sameAs', [String(twin)]), header[creatorAt]);
    lineOf.set(id, line);
    const patch: Record<string, unknown> = {};
    slots.forEach((slot, i) => {
      const cell = (cells[i] ?? '').trim();
      if (!slot || cell === '') return;
      if (slot.kind === 'currency' && cell.toUpperCase() !== ctx.currency)
        issue(t('cmp_import_currency', [cell.toUpperCase(), ctx.currency]), header[i]);
      if (slot.kind !== 'field') return;
      const read = slot.field.read(cell, ctx.currency);
      if (read.ok) patch[slot.field.key] = read.value;
      else
        issue(read.message, header[i], { found: cell, ...(read.rule ? { rule: read.rule } : {}) });
    });
    const before = ctx.campaigns.get(id) ?? emptyCampaign(id);
    const results = CampaignResults.safeParse({ ...before.results, ...patch });
    if (!results.success) {
      for (const zod of results.error.issues) {
        const field = RESULT_FIELDS.find((f) => f.key === zod.path[0]);
        const at = slots.findIndex((s) => s?.kind === 'field' && s.field === field);
        const rule = ruleOfIssue(zod);
        const found = at < 0 ? undefined : cells[at]?.trim();
        issue(zod.message, field && header[at], {
          ...(rule ? { rule } : {}),
          ...(found ? { found } : {}),
        });
      }
      return;
    }
    updates.push({ ...before, results: results.data, updatedAt: now });
  });
  return { updates: errors.length > 0 ? [] : updates, errors, warnings };
}

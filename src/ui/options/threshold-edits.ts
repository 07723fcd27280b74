import { THRESHOLDS, type ThresholdRow } from '../../scoring/thresholds';
import { isPercentUnit } from '../components/format-value';

/**
 * Typed override per threshold id, in the unit people read: shares and fractions as
 * percentages ("5" for 5%), everything else as stored. Blank means "use the default".
 */
export type ThresholdEdits = Record<string, string>;

/** 100 for rows shown as percentages, 1 for the rest. */
const displayScale = (row: Pick<ThresholdRow, 'unit'>): number =>
  isPercentUnit(row.unit) ? 100 : 1;

/** A stored value in the unit people type (rounded to drop float noise such as 5.000000001). */
const toDisplay = (row: Pick<ThresholdRow, 'unit'>, value: number): number =>
  Number((value * displayScale(row)).toPrecision(12));

export function editsOf(
  overrides: Record<string, number>,
  rows: readonly ThresholdRow[] = THRESHOLDS,
): ThresholdEdits {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return Object.fromEntries(
    Object.entries(overrides).map(([id, v]) => {
      const row = byId.get(id);
      return [id, String(row ? toDisplay(row, v) : v)];
    }),
  );
}

/** "0,05" and "0.05" both read as 0.05; thousands separators are not accepted (ambiguous). */
export function parseThreshold(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const value = Number(t.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/**
 * The overrides to store: every non-blank edit of a known row, as a number. A value equal to
 * the default is dropped, so the stored overrides list only real departures from the sources.
 */
export function readEdits(
  rows: readonly ThresholdRow[],
  edits: ThresholdEdits,
): { ok: true; overrides: Record<string, number> } | { ok: false; badIds: string[] } {
  const overrides: Record<string, number> = {};
  const badIds: string[] = [];
  for (const row of rows) {
    const text = edits[row.id]?.trim() ?? '';
    if (text === '') continue;
    const value = parseThreshold(text);
    const stored = value === null ? null : Number((value / displayScale(row)).toPrecision(12));
    if (stored === null) badIds.push(row.id);
    else if (stored !== row.value) overrides[row.id] = stored;
  }
  return badIds.length ? { ok: false, badIds } : { ok: true, overrides };
}

/** Rows grouped by the signal they belong to, in table order. */
export function groupBySignal(rows: readonly ThresholdRow[]): [string, ThresholdRow[]][] {
  const groups = new Map<string, ThresholdRow[]>();
  for (const row of rows) {
    const list = groups.get(row.signal) ?? [];
    list.push(row);
    groups.set(row.signal, list);
  }
  return [...groups];
}

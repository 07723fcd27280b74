import type { ThresholdRow } from '../../scoring/thresholds';

/** Typed override per threshold id; blank means "use the documented default". */
export type ThresholdEdits = Record<string, string>;

export function editsOf(overrides: Record<string, number>): ThresholdEdits {
  return Object.fromEntries(Object.entries(overrides).map(([id, v]) => [id, String(v)]));
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
    if (value === null) badIds.push(row.id);
    else if (value !== row.value) overrides[row.id] = value;
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

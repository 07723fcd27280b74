import type { ThresholdRef, Verdict } from '../shared/score';
import type { ThresholdId, ThresholdRow, Thresholds } from './thresholds';

/**
 * The one place that says what a comparison means. Values within a relative 1e-9 of the
 * threshold count as equal, so a ratio computed two ways does not flip a verdict at the boundary.
 */
export function holds(value: number, row: ThresholdRow): boolean {
  const t = row.value;
  const eq = Math.abs(value - t) <= 1e-9 * Math.max(1, Math.abs(t));
  switch (row.comparison) {
    case '<':
      return !eq && value < t;
    case '<=':
      return eq || value < t;
    case '>':
      return !eq && value > t;
    case '>=':
      return eq || value > t;
    default:
      return false;
  }
}

/** Rows are immutable and shared, so each row's reference is built once (and frozen). */
const refs = new WeakMap<ThresholdRow, ThresholdRef>();
export function ref(row: ThresholdRow): ThresholdRef {
  let r = refs.get(row);
  if (!r) {
    r = Object.freeze({
      id: row.id,
      value: row.value,
      unit: row.unit,
      comparison: row.comparison,
      source: row.source,
    });
    refs.set(row, r);
  }
  return r;
}

export interface Judgement {
  verdict: Verdict;
  /** The rows that fired, or every row checked when none did. */
  thresholds: ThresholdRef[];
}

const RANK: Record<Verdict, number> = { insufficient: 0, pass: 1, warn: 2, fail: 3 };
export const worse = (a: Verdict, b: Verdict): Verdict => (RANK[a] >= RANK[b] ? a : b);

/**
 * Judges one measured value against warn/fail rows: the worst row that fires decides.
 * `scale` multiplies each threshold (engagement rows are multiples of a benchmark).
 */
export function bands(
  value: number,
  T: Thresholds,
  ids: readonly ThresholdId[],
  scale = 1,
): Judgement {
  let verdict: Verdict = 'pass';
  const fired: ThresholdRef[] = [];
  const checked: ThresholdRef[] = [];
  for (const id of ids) {
    const row = T[id];
    const scaled = scale === 1 ? row : { ...row, value: row.value * scale };
    const r = ref(scaled);
    checked.push(r);
    if (!holds(value, scaled)) continue;
    fired.push(r);
    if (row.effect === 'warn' || row.effect === 'fail') verdict = worse(verdict, row.effect);
  }
  return { verdict, thresholds: fired.length ? fired : checked };
}

/** Is the sample big enough for a minSample row? */
export const enough = (n: number, T: Thresholds, id: ThresholdId): boolean => holds(n, T[id]);

import { AUDIENCE_ROWS } from './audience';
import { BENCHMARK_ROWS } from './benchmarks';
import { ENGAGEMENT_ROWS } from './engagement';
import { FIT_ROWS, RISK_ROWS } from './fit';
import { FRAUD_ROWS } from './fraud';
import { GEOGRAPHY_ROWS } from './geography';
import { PARTNERSHIP_ROWS } from './partnerships';
import { SAFETY_ROWS } from './safety';
import { SETTLING_ROWS } from './settling';
import type { ThresholdRow } from './row';
import { TIER_ROWS } from './tiers';
import { VERDICT_ROWS } from './verdict';
import { VIEWS_ROWS } from './views';

export type { ThresholdRow } from './row';

/** The one threshold table: every number scoring uses to judge, with its source. */
const ROWS = [
  ...TIER_ROWS,
  ...BENCHMARK_ROWS,
  ...ENGAGEMENT_ROWS,
  ...FRAUD_ROWS,
  ...GEOGRAPHY_ROWS,
  ...AUDIENCE_ROWS,
  ...FIT_ROWS,
  ...RISK_ROWS,
  ...VIEWS_ROWS,
  ...SETTLING_ROWS,
  ...VERDICT_ROWS,
  ...SAFETY_ROWS,
  ...PARTNERSHIP_ROWS,
];
export type ThresholdId = (typeof ROWS)[number]['id'];
export const THRESHOLDS: readonly ThresholdRow<ThresholdId>[] = ROWS;

/** Resolved table, keyed by id, as the scoring functions read it. */
export type Thresholds = Readonly<Record<ThresholdId, ThresholdRow<ThresholdId>>>;

/** The table with the user's overrides applied; unknown ids and non-finite values are ignored. */
export function resolveThresholds(
  overrides: Record<string, number> = {},
): ThresholdRow<ThresholdId>[] {
  return THRESHOLDS.map((r) => {
    const v = Object.hasOwn(overrides, r.id) ? overrides[r.id] : undefined;
    return typeof v === 'number' && Number.isFinite(v) ? { ...r, value: v } : r;
  });
}

const byId = (rows: readonly ThresholdRow<ThresholdId>[]): Thresholds =>
  Object.fromEntries(rows.map((r) => [r.id, r])) as Thresholds;

export const DEFAULT_THRESHOLDS: Thresholds = byId(THRESHOLDS);
/** Settings objects are reused between calls: resolve each overrides object once. */
const resolved = new WeakMap<object, Thresholds>();

export function thresholdsFor(overrides: Record<string, number> | undefined): Thresholds {
  if (!overrides || Object.keys(overrides).length === 0) return DEFAULT_THRESHOLDS;
  let t = resolved.get(overrides);
  if (!t) {
    t = byId(resolveThresholds(overrides));
    resolved.set(overrides, t);
  }
  return t;
}

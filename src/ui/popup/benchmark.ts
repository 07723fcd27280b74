import type { Platform } from '../../shared/model';
import type { CreatorScore, ThresholdRef } from '../../shared/score';
import { SIGNAL } from '../../scoring/signal-ids';
import { ref } from '../../scoring/compare';
import { resolveThresholds } from '../../scoring/thresholds';

/**
 * The engagement benchmark the creator was compared with: the one the engagement signal
 * names, else the threshold table's row for the platform and tier (with the user's overrides).
 * Its source text names the report and the denominator, which differ between reports.
 */
export function benchmarkOf(
  score: CreatorScore,
  platform: Platform,
  overrides: Record<string, number> = {},
): ThresholdRef | null {
  const signal = score.signals.find((s) => s.id === SIGNAL.engagementRate);
  const named = signal?.thresholds.find((r) => r.comparison === 'benchmark');
  if (named) return named;
  const tier = score.tier === 'below-nano' ? 'nano' : score.tier;
  const row = resolveThresholds(overrides).find((r) => r.id === `er.${platform}.${tier}`);
  return row ? ref(row) : null;
}

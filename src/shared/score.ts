import { z } from 'zod';

/**
 * What scoring returns. Never a bare number: every signal names the threshold behind it
 * and carries its evidence, so the popup can show why.
 */
export const Verdict = z.enum(['pass', 'warn', 'fail', 'insufficient']);
export type Verdict = z.infer<typeof Verdict>;

export const Evidence = z.object({
  kind: z.enum(['comment', 'post', 'number', 'follower', 'snapshot', 'manual', 'keyword']),
  label: z.string().max(500),
  detail: z.string().max(2000).optional(),
  url: z.string().max(2000).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ThresholdRef = z.object({
  id: z.string(),
  value: z.number(),
  unit: z.string(),
  comparison: z.string(),
  source: z.string(),
});
export type ThresholdRef = z.infer<typeof ThresholdRef>;

export const Signal = z.object({
  id: z.string(),
  label: z.string(),
  verdict: Verdict,
  /** The measured figure, or null when there was not enough data. */
  value: z.number().nullable(),
  unit: z.string(),
  sampleSize: z.number().int().nonnegative(),
  message: z.string(),
  /** The thresholds that fired (or were checked, when nothing fired). */
  thresholds: z.array(ThresholdRef),
  evidence: z.array(Evidence),
});
export type Signal = z.infer<typeof Signal>;

export const TierId = z.enum(['below-nano', 'nano', 'micro', 'mid', 'macro', 'mega', 'unknown']);
export type TierId = z.infer<typeof TierId>;

export const RiskLevel = z.enum(['low', 'medium', 'high', 'unknown']);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const CreatorScore = z.object({
  computedAt: z.string(),
  tier: TierId,
  /** Median (likes + comments) ÷ followers over the visible posts, as a fraction. */
  engagementRate: z.number().nullable(),
  /** 0–100, null without a brand profile. */
  nicheFit: z.number().min(0).max(100).nullable(),
  risk: RiskLevel,
  /** Ids of the signals that decided the risk level. */
  riskReasons: z.array(z.string()),
  fitSummary: z.string(),
  signals: z.array(Signal),
});
export type CreatorScore = z.infer<typeof CreatorScore>;

import { z } from 'zod';
import { Platform } from './model';

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

/**
 * The answer a marketer acts on (issue 10). `book`: no red flag and enough evidence on the points
 * that matter for the platform; `check`: a warning, or evidence too thin on a key point; `avoid`:
 * a red flag its sample supports; `unknown`: too little data to say anything.
 */
export const VerdictLevel = z.enum(['book', 'check', 'avoid', 'unknown']);
export type VerdictLevel = z.infer<typeof VerdictLevel>;

export const VerdictConfidence = z.enum(['low', 'medium', 'high']);
export type VerdictConfidence = z.infer<typeof VerdictConfidence>;

/** One reason in plain words with its figures; `signalId` ties it to the signal behind it. */
export const VerdictReason = z.object({
  signalId: z.string(),
  tone: z.enum(['good', 'warn', 'bad', 'missing']),
  text: z.string().max(500),
});
export type VerdictReason = z.infer<typeof VerdictReason>;

/** What moved the verdict since the previous stored one, e.g. a new reading or a manual entry. */
export const VerdictChange = z.object({
  from: VerdictLevel,
  /** ISO time of the previous verdict. */
  since: z.string(),
  why: z.string().max(500),
});
export type VerdictChange = z.infer<typeof VerdictChange>;

export const CreatorVerdict = z.object({
  level: VerdictLevel,
  confidence: VerdictConfidence,
  reasons: z.array(VerdictReason).max(3),
  /** The one step that would settle it, in plain words. */
  nextStep: z.string().max(500),
  change: VerdictChange.optional(),
});
export type CreatorVerdict = z.infer<typeof CreatorVerdict>;

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
  /** Absent only on scores stored before verdicts existed: they are rescored, or shown as unknown. */
  verdict: CreatorVerdict.optional(),
  /** The platform the score was computed for (its checklist words); absent on older scores. */
  platform: Platform.optional(),
});
export type CreatorScore = z.infer<typeof CreatorScore>;

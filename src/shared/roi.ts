import { z } from 'zod';

/**
 * Costs and results of a campaign, per creator, and the test cells that compare them.
 * Every figure the marketer has not entered is `null` ("not entered"), never 0: a missing
 * shipping cost and a free shipment are different facts, and a zero would silently pass
 * into totals and ratios.
 */

/** ISO 4217 code, e.g. 'USD'. */
const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'three-letter currency code');
type CurrencyCode = z.infer<typeof CurrencyCode>;

/** An amount in integer minor units (cents for USD, yen for JPY), so sums never drift. */
export const Money = z.object({
  // zod 4's int() already refuses integers past 2^53 (no exact sum): a refine would say it twice.
  minor: z.number().int(),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

const amount = () => Money.nullable().default(null);
const count = () => z.number().int().nonnegative().nullable().default(null);
const isoDay = () => z.iso.date().nullable().default(null);

/** The sales guide's cost components (seed 000) plus hybrid pay (the ROI guide, seed 001: base fee + commission on sales). */
export const CostLines = z.object({
  /** Creator fee; in hybrid pay this is the base fee. */
  fee: amount(),
  giftingValue: amount(),
  shipping: amount(),
  trackingSetup: amount(),
  contentEditing: amount(),
  whitelisting: amount(),
  usageRights: amount(),
  /** Internal management time: hours × hourly rate. */
  managementHours: z.number().finite().nonnegative().nullable().default(null),
  hourlyRate: amount(),
  paidAmplification: amount(),
  /** Hybrid pay: percent (0–100) of attributed revenue, counted as a cost. */
  commissionPercent: z.number().finite().min(0).max(100).nullable().default(null),
});
export type CostLines = z.infer<typeof CostLines>;

/** Use CPM for awareness, CPE for consideration, CPA and ROAS for conversion (000). */
export const CampaignGoal = z.enum(['awareness', 'consideration', 'conversion']);
export type CampaignGoal = z.infer<typeof CampaignGoal>;

export const CampaignResults = z.object({
  impressions: count(),
  reach: count(),
  engagements: count(),
  clicks: count(),
  conversions: count(),
  /** Attributed revenue. */
  revenue: amount(),
  /** Attributed gross profit (revenue minus cost of goods); may be negative. */
  grossProfit: amount(),
  attributionWindowDays: z.number().int().positive().max(3650).nullable().default(null),
  goal: CampaignGoal.nullable().default(null),
  startDate: isoDay(),
  endDate: isoDay(),
});
export type CampaignResults = z.infer<typeof CampaignResults>;

export const CreatorCampaign = z.object({
  creatorId: z.string(),
  costs: CostLines.default(CostLines.parse({})),
  results: CampaignResults.default(CampaignResults.parse({})),
  updatedAt: z.string(),
});
export type CreatorCampaign = z.infer<typeof CreatorCampaign>;

/** A group of creators compared against another, e.g. one micro vs a bundle of nanos (000). */
export const TestCell = z.object({
  id: z.string(),
  name: z.string().max(200),
  creatorIds: z.array(z.string()).max(500).default([]),
  goal: CampaignGoal.nullable().default(null),
  budget: amount(),
  startDate: isoDay(),
  endDate: isoDay(),
  attributionWindowDays: z.number().int().positive().max(3650).nullable().default(null),
});
export type TestCell = z.infer<typeof TestCell>;

export function emptyCostLines(): CostLines {
  return CostLines.parse({});
}

export function emptyResults(): CampaignResults {
  return CampaignResults.parse({});
}

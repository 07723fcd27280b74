import { z } from 'zod';

/** What the marketer enters by hand: figures only the creator can see, and their own settings. */
export const CountryShare = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, 'two-letter country code'),
  share: z.number().min(0).max(1),
});

export const GrowthPoint = z.object({
  date: z.iso.date(),
  followers: z.number().int().nonnegative(),
});
export type GrowthPoint = z.infer<typeof GrowthPoint>;

export const ManualEntries = z.object({
  storyViews: z.number().nonnegative().nullable().default(null),
  /** Average saves per post, from the creator's insights. */
  saves: z.number().nonnegative().nullable().default(null),
  countryMix: z.array(CountryShare).max(250).default([]),
  /** Quoted price per post in minor units (cents) of `currency`. */
  quotedRateMinor: z.number().int().nonnegative().nullable().default(null),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('USD'),
  creatorCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .default(null),
  creatorLanguage: z.string().max(8).nullable().default(null),
  /** A pasted or imported follower series, in addition to the visit history. */
  growthSeries: z.array(GrowthPoint).max(5000).default([]),
  /** When nothing could be read, the marketer may type the follower count. */
  followers: z.number().int().nonnegative().nullable().default(null),
});
export type ManualEntries = z.infer<typeof ManualEntries>;

/** The five-item "Quick Vetting Checklist" of the nano-vs-micro sales guide (seed 000). */
export const ChecklistItemId = z.enum([
  'countryMix',
  'engagementQuality',
  'partnerships',
  'consistency',
  'storyViews',
]);
export type ChecklistItemId = z.infer<typeof ChecklistItemId>;

export const ChecklistOverride = z.object({
  state: z.enum(['pass', 'fail', 'unknown']).nullable(),
  note: z.string().max(2000).default(''),
});

export const BrandProfile = z.object({
  keywords: z.array(z.string().max(80)).max(200).default([]),
  categories: z.array(z.string().max(80)).max(50).default([]),
  targetCountries: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .max(250)
    .default([]),
  targetLanguages: z.array(z.string().max(8)).max(50).default([]),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('USD'),
  /** Brand-safety categories this brand does not mind (a beer brand and "Alcohol"). */
  safetyOff: z.array(z.string().max(40)).max(20).default([]),
  /** The brand's own terms, added to a category's lists. */
  safetyTerms: z
    .array(z.object({ category: z.string().max(40), term: z.string().min(1).max(80) }))
    .max(500)
    .default([]),
  /** Terms of the built-in lists this brand does not want flagged. */
  safetyIgnore: z.array(z.string().max(80)).max(500).default([]),
  /** Competitors' names or handles: a partnership with one of them is a conflict. */
  competitors: z.array(z.string().max(80)).max(200).default([]),
});
export type BrandProfile = z.infer<typeof BrandProfile>;

export const Settings = z.object({
  brand: BrandProfile.default(BrandProfile.parse({})),
  /** Threshold id → value, replacing the documented default. */
  thresholdOverrides: z.record(z.string(), z.number().finite()).default({}),
});
export type Settings = z.infer<typeof Settings>;

export const STATUSES = ['prospect', 'contacted', 'testing', 'core', 'dropped'] as const;
export const ShortlistStatus = z.enum(STATUSES);
export type ShortlistStatus = z.infer<typeof ShortlistStatus>;

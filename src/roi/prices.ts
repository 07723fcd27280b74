import type { Platform } from '../shared/model';
import type { Money } from '../shared/roi';
import type { TierId } from '../shared/score';

/**
 * The reference price table, row for row from vetting-reference.md "Prices and unit costs",
 * each row naming the source article (README "Sources") by its file. Sources disagree (the two
 * ROI guides, seeds 001 and 004, both price a
 * micro Instagram post); both rows are kept and shown, and the range spans them.
 * All figures are US dollars, in cents.
 */
export const NANO_MICRO_SALES_GUIDE_FILE = '000_ce23578813ba367a.txt';
export const NANO_MICRO_ROI_GUIDE_FILE = '001_1aabd47414312f36.txt';
export const MICRO_MACRO_ROI_GUIDE_FILE = '004_eb9b20e57e77835b.txt';

export const CONTENT_FORMATS = ['post', 'story', 'video', 'integration', 'short'] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];
type PricedTier = 'nano' | 'micro' | 'macro';

export interface PriceRow {
  item: string;
  tier: PricedTier;
  /** null: any platform or format (the generic fee per post). */
  platform: Platform | null;
  format: ContentFormat | null;
  lowMinor: number;
  /** null: open-ended ("$500+"). */
  highMinor: number | null;
  /** The source writes the top of the range with a "+" ("$100–$1,000+"). */
  plus: boolean;
  source: string;
  note?: string;
}

const row = (
  item: string,
  tier: PricedTier,
  platform: Platform | null,
  format: ContentFormat | null,
  low: number,
  high: number | null,
  source: string,
  extra: { plus?: boolean; note?: string } = {},
): PriceRow => ({
  item,
  tier,
  platform,
  format,
  lowMinor: low * 100,
  highMinor: high === null ? null : high * 100,
  plus: extra.plus ?? high === null,
  source,
  ...(extra.note ? { note: extra.note } : {}),
});

export const PRICE_ROWS: readonly PriceRow[] = [
  row('fee per post, generic', 'nano', null, null, 10, 250, NANO_MICRO_SALES_GUIDE_FILE),
  row('fee per post, generic', 'micro', null, null, 100, 1000, NANO_MICRO_SALES_GUIDE_FILE, {
    plus: true,
  }),
  row('Instagram post', 'nano', 'instagram', 'post', 10, 100, NANO_MICRO_ROI_GUIDE_FILE),
  row('Instagram post', 'micro', 'instagram', 'post', 150, 500, NANO_MICRO_ROI_GUIDE_FILE),
  row('TikTok video', 'nano', 'tiktok', 'video', 20, 100, NANO_MICRO_ROI_GUIDE_FILE),
  row('TikTok video', 'micro', 'tiktok', 'video', 200, 800, NANO_MICRO_ROI_GUIDE_FILE),
  row('YouTube Shorts', 'nano', 'youtube', 'short', 10, 100, NANO_MICRO_ROI_GUIDE_FILE, {
    note: 'the source says "similar pricing" to an Instagram post; its Instagram range is used',
  }),
  row(
    'YouTube integration',
    'micro',
    'youtube',
    'integration',
    500,
    null,
    NANO_MICRO_ROI_GUIDE_FILE,
  ),
  row('Instagram post', 'micro', 'instagram', 'post', 100, 500, MICRO_MACRO_ROI_GUIDE_FILE),
  row('Instagram post', 'macro', 'instagram', 'post', 5000, 25000, MICRO_MACRO_ROI_GUIDE_FILE),
  row('Instagram story', 'micro', 'instagram', 'story', 25, 100, MICRO_MACRO_ROI_GUIDE_FILE),
  row('Instagram story', 'macro', 'instagram', 'story', 1000, 5000, MICRO_MACRO_ROI_GUIDE_FILE),
  row('TikTok video', 'micro', 'tiktok', 'video', 50, 300, MICRO_MACRO_ROI_GUIDE_FILE),
  row('TikTok video', 'macro', 'tiktok', 'video', 2500, 15000, MICRO_MACRO_ROI_GUIDE_FILE),
  row(
    'YouTube integration',
    'micro',
    'youtube',
    'integration',
    200,
    1000,
    MICRO_MACRO_ROI_GUIDE_FILE,
  ),
  row(
    'YouTube integration',
    'macro',
    'youtube',
    'integration',
    10000,
    50000,
    MICRO_MACRO_ROI_GUIDE_FILE,
  ),
];

export const REFERENCE_CURRENCY = 'USD';

export interface PriceEstimate {
  /** Rows for this platform and format first, then the generic fee per post. */
  rows: PriceRow[];
  /** The span of the rows used: the specific ones when there are any, else the generic one. */
  range: { low: Money; high: Money | null; plus: boolean } | null;
  /** The middle of the range (its low end when open-ended): what the planner budgets with. */
  typical: Money | null;
  reason: 'noReferenceForTier' | null;
}

function pricedTier(tier: TierId): PricedTier | null {
  return tier === 'nano' || tier === 'micro' || tier === 'macro' ? tier : null;
}

const usd = (minor: number): Money => ({ minor, currency: REFERENCE_CURRENCY });

export function expectedPrice(
  tier: TierId,
  platform: Platform,
  format: ContentFormat,
): PriceEstimate {
  const priced = pricedTier(tier);
  const ofTier = PRICE_ROWS.filter((r) => r.tier === priced);
  const specific = ofTier.filter((r) => r.platform === platform && r.format === format);
  const generic = ofTier.filter((r) => r.platform === null);
  const used = specific.length > 0 ? specific : generic;
  if (used.length === 0)
    return { rows: [], range: null, typical: null, reason: 'noReferenceForTier' };
  const low = Math.min(...used.map((r) => r.lowMinor));
  const highs = used.map((r) => r.highMinor);
  const high = highs.includes(null) ? null : Math.max(...(highs as number[]));
  const typical = high === null ? low : Math.round((low + high) / 2);
  return {
    rows: [...specific, ...generic],
    range: {
      low: usd(low),
      high: high === null ? null : usd(high),
      plus: used.some((r) => r.plus),
    },
    typical: usd(typical),
    reason: null,
  };
}

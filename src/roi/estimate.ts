import type { CreatorRecord } from '../shared/creator';
import type { Platform } from '../shared/model';
import type { Money } from '../shared/roi';
import type { TierId } from '../shared/score';
import { sum, toMajor } from './money';
import { na, naOf, type Metric, type NA } from './outcome';
import { expectedPrice, type ContentFormat, type PriceEstimate } from './prices';
import { compareWithReference, type ReferenceComparison } from './unit-costs';

/**
 * Before booking: what a creator is likely to deliver for the price, from what the page
 * showed. Expected engagements = followers × median engagement rate, as in the worked example
 * of the nano-vs-micro ROI guide (seed 001). Expected reach = the median views per post when the page shows views, else
 * the follower count (that example's "reaching 500,000 followers"); it stands in for impressions
 * in the CPM, which is therefore an estimate, not a measurement.
 */
export interface ReadStats {
  followers: number | null;
  /** Median (likes + comments) ÷ followers, as a fraction (0.015 = 1.5 %). */
  engagementRate: number | null;
  medianViews: number | null;
}

export interface Expectation {
  reach: number | null;
  reachBasis: 'views' | 'followers' | null;
  engagements: number | null;
  /** The quoted price, else the middle of the reference range; null when neither exists. */
  price: Money | null;
  priceBasis: 'quoted' | 'reference' | null;
  cpm: Metric;
  cpe: Metric;
}

export interface PreBookingEstimate extends Expectation {
  reference: PriceEstimate;
  cpeVsReference: ReferenceComparison;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The read stats of a stored creator: followers, scored engagement rate, median post views. */
export function statsFromRecord(record: CreatorRecord): ReadStats {
  const views = record.posts.flatMap((p) => (p.views ? [p.views.value] : []));
  return {
    followers: record.followers?.value ?? null,
    engagementRate: record.score?.engagementRate ?? null,
    medianViews: median(views),
  };
}

function perUnit(price: Money | null, count: number | null, per: number, missing: NA): Metric {
  if (price === null) return na('noPrice');
  if (count === null) return missing;
  if (count === 0) return na(missing.reason === 'noReach' ? 'zeroReach' : 'zeroEngagements');
  return { kind: 'money', value: (toMajor(price) / count) * per, currency: price.currency };
}

function expectation(
  reach: number | null,
  reachBasis: Expectation['reachBasis'],
  engagements: number | null,
  price: Money | null,
  priceBasis: Expectation['priceBasis'],
  engagementsMissing: NA,
): Expectation {
  return {
    reach,
    reachBasis,
    engagements,
    price,
    priceBasis,
    cpm: perUnit(price, reach, 1000, na('noReach')),
    cpe: perUnit(price, engagements, 1, engagementsMissing),
  };
}

export function estimateBeforeBooking(input: {
  stats: ReadStats;
  tier: TierId;
  platform: Platform;
  format: ContentFormat;
  quoted: Money | null;
}): PreBookingEstimate {
  const { followers, engagementRate, medianViews } = input.stats;
  const reach = medianViews ?? followers;
  const reachBasis = medianViews !== null ? 'views' : followers !== null ? 'followers' : null;
  const engagements =
    followers !== null && engagementRate !== null ? Math.round(followers * engagementRate) : null;
  const missing = na(followers === null ? 'noFollowers' : 'noEngagementRate');
  const reference = expectedPrice(input.tier, input.platform, input.format);
  const price = input.quoted ?? reference.typical;
  const priceBasis = input.quoted ? 'quoted' : reference.typical ? 'reference' : null;
  const base = expectation(reach, reachBasis, engagements, price, priceBasis, missing);
  return { ...base, reference, cpeVsReference: compareWithReference(base.cpe, 'cpe', input.tier) };
}

/** Several creators booked together (a bundle of nanos): reach, engagements and price add up. */
export function estimateBundle(parts: readonly Expectation[]): Expectation {
  const total = (pick: (e: Expectation) => number | null) =>
    parts.some((p) => pick(p) === null) ? null : parts.reduce((a, p) => a + pick(p)!, 0);
  const prices = parts.map((p) => p.price);
  const currency = prices[0]?.currency;
  const priced =
    prices.every((p) => p !== null) && currency ? sum(prices as Money[], currency) : null;
  const base = expectation(
    total((p) => p.reach),
    parts.every((p) => p.reachBasis === 'views') ? 'views' : 'followers',
    total((p) => p.engagements),
    priced?.ok ? priced.value : null,
    parts.every((p) => p.priceBasis === 'quoted') ? 'quoted' : 'reference',
    na('noEngagements'),
  );
  if (priced && !priced.ok) {
    const refused = naOf(priced.error);
    return { ...base, cpm: refused, cpe: refused };
  }
  return base;
}

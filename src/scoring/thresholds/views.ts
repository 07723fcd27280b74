import { SIGNAL } from '../signal-ids';
import { DEFAULT, row } from './row';

/**
 * Views-based figures for video platforms (vetting-reference.md, "Views-based figures"). Each
 * benchmark keeps its own source, denominator and follower band; no band is stretched to a tier
 * it was not measured on, and no platform-wide figure stands in for a tier.
 */
const MODASH_TIKTOK =
  'Modash TikTok engagement-rate calculator, Nov 2025 — median engagements ÷ median views over the last 30 posts, 117M+ creators';
const HYPE_CAUTION =
  'HypeAuditor: a 10K account may get under 100 views without any fraud (TikTok\u2019s feed decides reach), so a low view rate alone is weak evidence';

/** Modash's "low" mark for each follower band it publishes: below it, engagement by views is low. */
const band = <const I extends string>(id: I, label: string, low: number, average: string) =>
  row(id, 'benchmark', low, {
    label: `TikTok ${label} followers: engagement by views, "low" mark`,
    unit: 'fraction of views',
    comparison: 'lowMark',
    cite: 'Modash, 2025',
    source: `${MODASH_TIKTOK}; band ${label}: average ${average}, low below ${(low * 100).toFixed(2)}%. Denominator: views`,
    signal: SIGNAL.viewsEngagement,
  });

const VIEWS_BENCHMARK_ROWS = [
  band('views.tiktok.1k', '1–5K', 0.0949, '12.06–14.04%'),
  band('views.tiktok.5k', '5–10K', 0.0779, '10.50–11.83%'),
  band('views.tiktok.10k', '10–50K', 0.0628, '8.38–9.37%'),
  band('views.tiktok.50k', '50–100K', 0.0547, '7.22–8.03%'),
  band('views.tiktok.100k', '100–500K', 0.0507, '6.66–7.39%'),
  band('views.tiktok.500k', '500K–1M', 0.0473, '6.19–6.85%'),
  band('views.tiktok.1m', '1M+', 0.0475, '6.20–6.84%'),
];

/** Lower follower bound of each Modash band (a fact of the source, not a judgement). */
export const TIKTOK_VIEWS_BANDS = [
  [1_000_000, 'views.tiktok.1m'],
  [500_000, 'views.tiktok.500k'],
  [100_000, 'views.tiktok.100k'],
  [50_000, 'views.tiktok.50k'],
  [10_000, 'views.tiktok.10k'],
  [5_000, 'views.tiktok.5k'],
  [1_000, 'views.tiktok.1k'],
] as const;

export const VIEWS_ROWS = [
  ...VIEWS_BENCHMARK_ROWS,
  row('views.minVideos', 'minSample', 5, {
    label: 'Videos with a view count needed for a view rate',
    unit: 'videos',
    comparison: '>=',
    source: `${DEFAULT} a median of fewer than 5 videos is one video's luck (Modash takes the last 30)`,
    signal: SIGNAL.viewRate,
  }),
  row('views.rate.warn', 'warn', 0.005, {
    label: 'Median views below this share of followers',
    unit: 'views / follower',
    comparison: '<',
    source: `${DEFAULT} half of HypeAuditor's "under 100 views on a 10K account"; a warning only, never a red flag: ${HYPE_CAUTION}. Socialinsider's 14.49% (TikTok 2023) and 10.53% (Reels) are platform-wide, not tier figures, and are shown for orientation only`,
    signal: SIGNAL.viewRate,
  }),
  row('viewsEr.minVideos', 'minSample', 3, {
    label: 'Videos with visible likes and views needed for engagement by views',
    unit: 'videos',
    comparison: '>=',
    source: `${DEFAULT} as for the engagement rate by followers`,
    signal: SIGNAL.viewsEngagement,
  }),
  row('viewsEr.lowWarnFactor', 'warn', 1, {
    label: 'Engagement by views below this multiple of the band\u2019s "low" mark',
    unit: '× low mark',
    comparison: '<',
    source: `${MODASH_TIKTOK}: below the "low" mark is low engagement`,
    signal: SIGNAL.viewsEngagement,
  }),
  row('viewsEr.lowFailFactor', 'fail', 0.5, {
    label: 'Engagement by views below this multiple of the "low" mark (views nobody reacts to)',
    unit: '× low mark',
    comparison: '<',
    source: `${DEFAULT} half the "low" mark: views out of all proportion to likes and comments, the trace of bought views`,
    signal: SIGNAL.viewsEngagement,
  }),
  row('outliers.viewsFactor', 'parameter', 10, {
    label: 'A video is a views outlier at this multiple of the creator\u2019s median views',
    unit: '× median views',
    comparison: '>=',
    source: `${DEFAULT} ten times the median: a spike that bought views leave (vetting-reference cautions); one viral video is normal`,
    signal: SIGNAL.viewOutliers,
  }),
  row('outliers.ratioFactor', 'parameter', 4, {
    label:
      'A video is a likes-per-view outlier at this multiple (or fraction) of the creator\u2019s median',
    unit: '× median likes ÷ views',
    comparison: '>=',
    source: `${DEFAULT}; Castaldo et al. 2022 (arXiv 2210.01096): YouTube removes fake views silently, so likes ÷ views far from the creator's own median is the visible trace of bought views`,
    signal: SIGNAL.viewOutliers,
  }),
  row('outliers.minVideos', 'minSample', 8, {
    label: 'Videos with a view count needed to look for outliers',
    unit: 'videos',
    comparison: '>=',
    source: `${DEFAULT} a median of 8 videos is stable enough that one far above it stands out`,
    signal: SIGNAL.viewOutliers,
  }),
  row('outliers.warn', 'warn', 0.15, {
    label: 'Share of videos that are outliers above',
    unit: 'share of videos',
    comparison: '>=',
    source: `${DEFAULT} more than one video in seven far from the creator's own pattern`,
    signal: SIGNAL.viewOutliers,
  }),
  row('outliers.fail', 'fail', 0.34, {
    label: 'Share of videos that are outliers above (red flag)',
    unit: 'share of videos',
    comparison: '>=',
    source: `${DEFAULT} a third of the videos out of pattern is no longer luck`,
    signal: SIGNAL.viewOutliers,
  }),
];

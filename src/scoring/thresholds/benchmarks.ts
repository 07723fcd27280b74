import { SIGNAL } from '../signal-ids';
import {
  DEFAULT,
  NANO_MICRO_SALES_GUIDE,
  NANO_MICRO_ROI_GUIDE,
  MICRO_MACRO_ROI_GUIDE,
  row,
} from './row';
import type { Platform } from '../../shared/model';
import type { TierId } from '../../shared/score';

/**
 * Platform and tier pairs left without a per-follower benchmark on purpose, with the reason
 * the marketer reads. test/scoring/benchmarks.test.ts holds every site and tier to a row or
 * an entry here, so a benchmark cannot go missing unnoticed.
 */
export const NO_BENCHMARK: readonly { platform: Platform; tier: TierId; why: string }[] = [
  // The 17.96% quoted for micro is the platform-wide figure of the same IMH report, and no
  // source gives a per-follower micro figure; views.tiktok.* rows judge these creators.
  {
    platform: 'tiktok',
    tier: 'micro',
    why: 'the often-quoted figure is platform-wide: judged by views instead',
  },
];

/**
 * Engagement-rate benchmarks by platform and tier. The sources disagree; each row names the
 * figure picked and keeps the others in its source text, with the denominator, because
 * reports compute the rate differently (per follower, per impression, sponsored posts only).
 */
const PER_FOLLOWER =
  'denominator: followers, (likes + comments) ÷ followers per post (Upfluence/GRIN formula)';
const IMH =
  "figure traced to Influencer Marketing Hub's 2021 benchmark report on Upfluence data (vetting-reference caveats)";
const LARGE = `${NANO_MICRO_ROI_GUIDE}: "macro and mega struggle to break 2%"`;
const MODASH_YT =
  'Modash YouTube engagement-rate calculator, 8M+ creators (denominator not stated; the size of the figures suggests ÷ subscribers)';

const bench = <const I extends string>(
  id: I,
  label: string,
  value: number,
  picked: string,
  others: string,
  cite = 'industry articles',
) =>
  row(id, 'benchmark', value, {
    cite,
    label,
    unit: 'fraction',
    comparison: 'benchmark',
    source: `${picked}; ${PER_FOLLOWER}. Other figures: ${others}`,
    signal: SIGNAL.engagementRate,
  });

export const BENCHMARK_ROWS = [
  bench(
    'er.instagram.nano',
    'Instagram nano engagement benchmark',
    0.0219,
    `${NANO_MICRO_ROI_GUIDE} — "Instagram data shows nano creators reaching 2.19%" (${IMH})`,
    `${NANO_MICRO_ROI_GUIDE} "beyond 6%"; ${NANO_MICRO_SALES_GUIDE} nano 5–10% any platform; HypeAuditor 2023 nano Instagram 2.78%`,
    'Influencer Marketing Hub, 2021',
  ),
  bench(
    'er.instagram.micro',
    'Instagram micro engagement benchmark',
    0.0386,
    `${NANO_MICRO_ROI_GUIDE} and ${MICRO_MACRO_ROI_GUIDE} — micro Instagram 3.86% (${IMH})`,
    `${MICRO_MACRO_ROI_GUIDE} 4.2% ("Instagram: micro-influencers maintain 4.2%"); ${NANO_MICRO_SALES_GUIDE} micro 2–5% any platform`,
    'Influencer Marketing Hub, 2021',
  ),
  bench(
    'er.instagram.mid',
    'Instagram mid-tier engagement benchmark',
    0.02,
    `${DEFAULT} no source gives a mid-tier figure; ${LARGE} used as the benchmark`,
    `${MICRO_MACRO_ROI_GUIDE} 1.21% "macro" (actually the 1M+ figure)`,
  ),
  bench(
    'er.instagram.macro',
    'Instagram macro engagement benchmark',
    0.02,
    `${LARGE} (the ceiling they name, used as the benchmark)`,
    `${MICRO_MACRO_ROI_GUIDE} 1.21% for "macro" — traced, it is the mega (1M+) figure`,
  ),
  bench(
    'er.instagram.mega',
    'Instagram mega engagement benchmark',
    0.011,
    `${MICRO_MACRO_ROI_GUIDE} — "accounts with 1M+ followers drop to 1.1%"`,
    `${MICRO_MACRO_ROI_GUIDE} 1.21% (labelled macro, actually mega per IMH 2021); ${LARGE}`,
    'Influencer Marketing Hub, 2021',
  ),
  bench(
    'er.tiktok.nano',
    'TikTok nano engagement benchmark',
    0.126,
    `HypeAuditor 2023 — nano TikTok 12.6%, the one TikTok figure the sources trace to the nano tier (vetting-reference caveats; denominator not stated there)`,
    `${NANO_MICRO_ROI_GUIDE} 18% (traced: platform-wide, not nano); ${NANO_MICRO_ROI_GUIDE} 10.3% "on platforms like TikTok" (untraced)`,
    'HypeAuditor, 2023',
  ),
  // No TikTok micro row: see NO_BENCHMARK below.
  bench(
    'er.tiktok.mid',
    'TikTok mid-tier engagement benchmark',
    0.145,
    `${MICRO_MACRO_ROI_GUIDE} — "14.5% for larger accounts"`,
    'none for this tier',
  ),
  bench(
    'er.tiktok.macro',
    'TikTok macro engagement benchmark',
    0.145,
    `${MICRO_MACRO_ROI_GUIDE} — "14.5% for larger accounts"`,
    LARGE,
  ),
  bench(
    'er.tiktok.mega',
    'TikTok mega engagement benchmark',
    0.145,
    `${MICRO_MACRO_ROI_GUIDE} — "14.5% for larger accounts"`,
    LARGE,
  ),
  bench(
    'er.youtube.nano',
    'YouTube nano engagement benchmark',
    0.0147,
    `${MODASH_YT} band 1–5K (no 5–10K band published): average 1.47–2.02%, low below 0.41%; low end of average taken`,
    `${NANO_MICRO_SALES_GUIDE} nano 5–10% is for any platform, not YouTube`,
    'Modash',
  ),
  bench(
    'er.youtube.micro',
    'YouTube micro engagement benchmark',
    0.0036,
    `${MODASH_YT} band 10–50K (no 50–100K band published): average 0.36–0.51%, low below 0.09%`,
    `${NANO_MICRO_SALES_GUIDE} micro 2–5% is for any platform; Influencer Hero 0.54% (Jan 2024) is YouTube-wide, not a tier figure`,
    'Modash',
  ),
  bench(
    'er.youtube.mid',
    'YouTube mid-tier engagement benchmark',
    0.0019,
    `${MODASH_YT} band 100–500K: average 0.19–0.27%, low below 0.04%`,
    'Influencer Hero 0.54% is YouTube-wide',
    'Modash',
  ),
  bench(
    'er.youtube.macro',
    'YouTube macro engagement benchmark',
    0.0013,
    `${MODASH_YT} band 1M+ (no 500K–1M band published; the larger band's lower figure flags fewer creators): average 0.13–0.18%`,
    'Influencer Hero 0.54% is YouTube-wide',
    'Modash',
  ),
  bench(
    'er.youtube.mega',
    'YouTube mega engagement benchmark',
    0.0013,
    `${MODASH_YT} band 1M+: average 0.13–0.18%, low below 0.02%`,
    'Influencer Hero 0.54% is YouTube-wide',
    'Modash',
  ),
];

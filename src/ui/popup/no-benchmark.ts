import type { Platform } from '../../shared/model';
import type { CreatorScore, Signal } from '../../shared/score';
import { siteOf } from '../../sites/table';
import { tierLabel } from '../components/labels';
import { formatNumber, t } from '../i18n';

/** The threshold row scoring cites when too few posts show likes (scoring's er.minPosts). */
const MIN_POSTS_ROW = 'er.minPosts';

/** "Followers" or "subscribers": a YouTube channel's audience has its own word. */
const audience = (platform: Platform | undefined) => (platform === 'youtube' ? 'Subscriber' : '');

/**
 * Why a key rate stands without a benchmark, in the marketer's words: "not compared with a
 * benchmark" alone reads like a fault of the extension, while each case has a plain cause
 * and most have a remedy (open more posts, wait for the followers to show).
 */
export function noBenchmarkWhy(
  score: CreatorScore,
  shown: Signal | undefined,
  viewsFirst: boolean,
): string {
  const { platform, tier } = score;
  // No source publishes a benchmark by tier for views per follower (vetting-reference), so
  // the view rate is judged against a project default only, never shown against a benchmark.
  if (viewsFirst) return t(`keyRateNoBenchViews${audience(platform)}`);
  if (tier === 'unknown') return t(`keyRateNoBenchTier${audience(platform)}`);
  const minPosts = shown?.thresholds.find((r) => r.id === MIN_POSTS_ROW);
  if (shown && minPosts) {
    return t('keyRateNoBenchFewPosts', [
      formatNumber(shown.sampleSize),
      formatNumber(minPosts.value),
    ]);
  }
  if (platform) {
    // The platform and tier pairs left without a per-follower figure (scoring's NO_BENCHMARK).
    // The tier's word alone ("micro"): its follower range is in the header already.
    const word = tierLabel(tier)
      .replace(/\s*\(.*\)$/, '')
      .toLowerCase();
    return t('keyRateNoBenchPublished', [siteOf(platform).label, word]);
  }
  return t('keyRateNoBenchOther');
}

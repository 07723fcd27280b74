import type { Judgement } from './compare';
import { judgeAudience } from './audience/sample';
import { judgeGap, judgeRecency } from './signals/consistency';
import { judgeEngagement } from './signals/engagement';
import { judgeShare } from './signals/geography';
import { judgeGrowth } from './signals/growth';
import { judgeNiche, judgeNicheEngagement } from './signals/niche';
import { judgePartnership } from './signals/partnerships';
import { judgeQuality } from './signals/quality';
import { judgeCommentsPer100, judgeFollowing, judgeSaves } from './signals/ratios';
import { judgeRepeat } from './signals/repeat';
import { judgeStory } from './signals/story';
import { judgeTiming } from './signals/timing';
import type { ThresholdId, Thresholds } from './thresholds';
import { judgeOutliers } from './signals/outliers';
import { judgeSafety } from './safety/signal';
import { judgeConflict } from './partnerships/conflict';
import { judgeSponsoredShare } from './partnerships/signals';
import { judgeViewRate, judgeViewsEngagement } from './signals/views';

type Judge = (value: number, T: Thresholds) => Judgement;
const quality =
  (kind: 'generic' | 'emojiOnly' | 'duplicate' | 'spam'): Judge =>
  (v, T) =>
    judgeQuality({ generic: 0, emojiOnly: 0, duplicate: 0, spam: 0, [kind]: v }, T);

/**
 * The judge behind every warn/fail row, keyed by the row id's prefix: the very functions the
 * signals call, so the table-driven boundary tests exercise the shipped code.
 */
const JUDGES: Record<string, Judge> = {
  'er.': judgeEngagement,
  'ratio.commentsPer100.': judgeCommentsPer100,
  'ratio.savesToLikes.': judgeSaves,
  'ratio.following.': judgeFollowing,
  'story.': judgeStory,
  'quality.generic.': quality('generic'),
  'quality.emojiOnly.': quality('emojiOnly'),
  'quality.duplicate.': quality('duplicate'),
  'quality.spam.': quality('spam'),
  'repeat.': judgeRepeat,
  'timing.': judgeTiming,
  'growth.': judgeGrowth,
  'language.': judgeShare('language'),
  'targetLanguage.': judgeShare('targetLanguage'),
  'country.': judgeShare('country'),
  'market.': judgeShare('market'),
  'audience.': (v, T) => judgeAudience(v, v, T),
  'niche.': judgeNiche,
  'nicheEngagement.': judgeNicheEngagement,
  'consistency.gap.': judgeGap,
  'consistency.recency.': judgeRecency,
  'partnership.': judgePartnership,
  'views.rate.': judgeViewRate,
  'viewsEr.': judgeViewsEngagement,
  'outliers.': judgeOutliers,
  'safety.': judgeSafety,
  'partnership.share.': judgeSponsoredShare,
  'partnership.conflict.': judgeConflict,
};

export function judgeFor(id: ThresholdId): Judge | undefined {
  const prefix = Object.keys(JUDGES)
    .filter((p) => id.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? JUDGES[prefix] : undefined;
}

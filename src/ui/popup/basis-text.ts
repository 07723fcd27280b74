import type { CreatorRecord } from '../../shared/creator';
import type { Basis, Platform } from '../../shared/model';
import { wordsFor } from '../../scoring/words';
import { countOf, formatNumber, t } from '../i18n';

/** "video" on TikTok and YouTube, "post" on Instagram: the word the verdict's reasons use. */
export const postNoun = (platform: Platform | undefined): 'video' | 'post' =>
  wordsFor(platform).post === 'video' ? 'video' : 'post';

/** Pinned posts stay out of the figures (see scoring/context.ts) but are in the basis count. */
export const pinnedOf = (record: Pick<CreatorRecord, 'posts'>): number =>
  (Array.isArray(record.posts) ? record.posts : []).filter((p) => p?.pinned === true).length;

/**
 * "Judged on 13 videos and 24 comments. 3 more videos are pinned …": the count the verdict's
 * reasons use, so the line and the reasons under it name the same number of posts.
 */
export function basisText(basis: Basis, pinned: number, platform: Platform | undefined): string {
  const noun = postNoun(platform);
  const judged = Math.max(0, basis.posts - pinned);
  const line = t('popupBasis', [countOf(judged, noun), countOf(basis.comments, 'comment')]);
  if (pinned <= 0) return line;
  const nouns = t(`count_${noun}_${pinned === 1 ? 'one' : 'other'}`, ['']).trim();
  const rest = t(pinned === 1 ? 'popupBasisPinnedOne' : 'popupBasisPinnedOther', [
    formatNumber(pinned),
    nouns,
  ]);
  return `${line} ${rest}`;
}

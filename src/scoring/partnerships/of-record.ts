import type { CreatorRecord } from '../../shared/creator';
import type { PostView } from '../context';
import { isNum, ratio, time } from '../num';
import { partnershipFacts, type PartnershipFacts } from './analysis';

const val = (s: { value: number } | null | undefined): number | null =>
  s && isNum(s.value) && s.value >= 0 ? s.value : null;

/**
 * The same partnership facts the signals judge, from a stored record alone (the popup's and
 * the report's "Past partnerships" section): engagement per post ÷ followers, pinned posts
 * left out as everywhere. No comment classification, so it is cheap enough to run on render.
 */
export function partnershipsOfRecord(
  record: CreatorRecord,
  competitors: readonly string[],
): PartnershipFacts {
  const followers = val(record.followers);
  const views: PostView[] = record.posts
    .filter((post) => post.pinned !== true)
    .map((post) => {
      const likes = val(post.likes);
      const comments = val(post.comments);
      return {
        post,
        likes,
        comments,
        views: val(post.views),
        shares: val(post.shares),
        er: likes === null ? null : ratio(likes + (comments ?? 0), followers),
        postedAt: time(post.postedAt),
      };
    });
  return partnershipFacts(views, record.handle, competitors);
}

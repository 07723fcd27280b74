import type { Post } from '../../shared/model';
import type { Stat } from '../../shared/stat';
import { arr, bool, get, str } from '../common/json';
import { partnershipFields } from '../common/partnership';
import { statFromJson } from '../common/stat';
import { hashtagsOf, isoFromUnix } from '../common/text';
import { itemAuthor } from './embedded';
import { videoUrl } from './urls';

/**
 * One TikTok item (video or photo post) from embedded JSON as a Post. `statsV2` holds the
 * same counts as strings (exact past 2^31); `stats` numbers come first when both exist.
 */
export function countStat(value: unknown, rounded: boolean): Stat {
  const stat = statFromJson(value);
  if (!stat || !rounded || stat.value < 10_000) return stat;
  // __NEXT_DATA__ counts were what the app showed, one decimal of K/M/B: 50100000 is "50.1M".
  const unit = 10 ** (Math.floor(Math.log10(stat.value) / 3) * 3 - 1);
  if (stat.value % unit !== 0) return stat;
  return { ...stat, low: stat.value - unit / 2, high: stat.value + unit / 2 - 1 };
}

function count(item: unknown, key: string, rounded: boolean): Stat {
  return countStat(get(item, 'stats', key) ?? get(item, 'statsV2', key), rounded);
}

export function postFromItem(item: unknown, rounded: boolean): Post | null {
  const id = str(get(item, 'id'));
  const author = itemAuthor(item);
  if (!id || !author) return null;
  const desc = str(get(item, 'desc'));
  const tags = [
    ...arr(get(item, 'textExtra')).map((t) => str(get(t, 'hashtagName'))),
    ...arr(get(item, 'challenges')).map((c) => str(get(c, 'title'))),
  ].filter((t): t is string => !!t);
  const pinned = get(item, 'isPinnedItem');
  return {
    url: videoUrl(author, id, !!get(item, 'imagePost')),
    views: count(item, 'playCount', rounded),
    likes: count(item, 'diggCount', rounded),
    comments: count(item, 'commentCount', rounded),
    pinned: typeof pinned === 'boolean' ? pinned : null,
    caption: desc ? desc.slice(0, 5000) : null,
    // The caption's own #tags first; the structured list covers captions that lost them.
    hashtags: hashtagsOf(desc).length ? hashtagsOf(desc) : [...new Set(tags)].slice(0, 100),
    postedAt: isoFromUnix(get(item, 'createTime')),
    commentSample: [],
    // itemStruct.isAd marks paid content (seen in __NEXT_DATA__ items, 2020 capture).
    ...partnershipFields(bool(get(item, 'isAd')), []),
  };
}

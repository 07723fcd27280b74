import { exact, StatSource, type Stat } from '../shared/stat';
import type { CreatorRecord } from '../shared/creator';
import { CellError, enumCell, numberColumn, textColumn, type Column } from './column';
import { ensureFollowers } from './draft';
import type { ShortlistRow } from '../shared/shortlist-row';

/**
 * Followers with their precision and origin ("12.3K" is 12,250–12,349, read from text),
 * then the other counts, value only. Empty cells mean "not visible", never 0.
 */
export const countColumns = (): Column[] => [
  ...followersColumns(),
  countColumn('following', 'Following', 'following', 'Accounts the creator follows.'),
  countColumn('posts', 'Posts', 'postCount', 'Post or video count shown on the profile.'),
  countColumn('total_likes', 'Total likes', 'totalLikes', 'Total likes (TikTok profiles).'),
];

type CountField = 'following' | 'postCount' | 'totalLikes';

/** Counts other than followers carry only their value; import marks them source "manual". */
function countColumn(id: string, header: string, field: CountField, description: string): Column {
  return numberColumn({
    id,
    header,
    description: `${description} Empty when not visible (never 0 for "unknown").`,
    path: `record.${field}`,
    get: (r) => r.record[field]?.value ?? null,
    set: (r, v) => void (r.record[field] = exact(v, 'manual')),
  });
}

type Bound = 'value' | 'low' | 'high';
const followersOf = (r: ShortlistRow): Stat => r.record.followers;

function followersBound(id: string, header: string, bound: Bound, description: string): Column {
  return numberColumn({
    id,
    header,
    description,
    path: bound === 'value' ? 'record.followers' : `record.followers.${bound}`,
    get: (r) => followersOf(r)?.[bound] ?? null,
    set: (r, v) => void (ensureFollowers(r)[bound] = v),
    finish: bound === 'value' ? finishFollowers : undefined,
  });
}

function finishFollowers({ record }: { record: CreatorRecord }): void {
  const followers = record.followers;
  if (!followers) return;
  if (Number.isNaN(followers.value))
    throw new CellError('Empty, but its low, high, source or shown text is not.', 'Followers', {
      kind: 'followersParts',
    });
  if (Number.isNaN(followers.low)) followers.low = followers.value;
  if (Number.isNaN(followers.high)) followers.high = followers.value;
}

function followersColumns(): Column[] {
  return [
    followersBound('followers', 'Followers', 'value', 'Follower count; empty when not visible.'),
    followersBound(
      'followers_low',
      'Followers (low)',
      'low',
      'Lowest count the shown text allows ("12.3K" → 12250).',
    ),
    followersBound(
      'followers_high',
      'Followers (high)',
      'high',
      'Highest count the shown text allows ("12.3K" → 12349).',
    ),
    textColumn({
      id: 'followers_source',
      header: 'Followers source',
      description: 'Where the count came from: text, attribute, meta, json or manual.',
      path: 'record.followers.source',
      get: (r) => followersOf(r)?.source ?? null,
      set: (r, v) => void (ensureFollowers(r).source = enumCell(StatSource, v)),
    }),
    textColumn({
      id: 'followers_shown',
      header: 'Followers as shown',
      description: 'The count exactly as the page showed it, e.g. "12.3K".',
      path: 'record.followers.raw',
      get: (r) => followersOf(r)?.raw ?? null,
      set: (r, v) => void (ensureFollowers(r).raw = v),
    }),
  ];
}

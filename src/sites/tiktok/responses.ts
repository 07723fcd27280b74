import * as z from 'zod/mini';
import type { Comment } from '../../shared/model';
import { arr, get } from '../common/json';
import {
  emptyLoaded,
  jsonCount,
  lazySchema,
  markLoaded,
  validItems,
  type Loaded,
} from '../common/loaded';
import { statFromJson } from '../common/stat';
import { isoFromUnix } from '../common/text';
import { countStat, postFromItem } from './items';

/**
 * TikTok's own responses (shapes as recorded by public scrapers, see test/fixtures/responses):
 * - /api/post/item_list/: {itemList: [{id, desc, createTime, author: {uniqueId}, stats:
 *   {playCount, diggCount, commentCount, shareCount}, statsV2 (the same as strings)}], cursor,
 *   hasMore, statusCode};
 * - /api/comment/list/: {comments: [{cid, text, create_time, digg_count, aweme_id,
 *   user: {unique_id, nickname}}], cursor, has_more, total, status_code};
 * - /api/user/detail/: {userInfo: {user: {uniqueId}, stats: {followerCount, followingCount,
 *   heartCount, videoCount}}, statusCode}.
 */
// Plain objects, not loose ones: only the fields read are copied out (real items carry 3–5 KB
// of video and music data each, which validation then never touches).
const stats = () =>
  z.optional(
    z.object({
      playCount: jsonCount(),
      diggCount: jsonCount(),
      commentCount: jsonCount(),
      shareCount: jsonCount(),
    }),
  );

const Item = lazySchema(() =>
  z.object({
    id: z.string().check(z.regex(/^\d{5,25}$/)),
    desc: z.optional(z.string()),
    createTime: jsonCount(),
    author: z.union([z.string(), z.object({ uniqueId: z.string() })]),
    stats: stats(),
    statsV2: stats(),
    isPinnedItem: z.optional(z.boolean()),
    imagePost: z.optional(z.unknown()),
    textExtra: z.optional(z.array(z.unknown())),
    challenges: z.optional(z.array(z.unknown())),
  }),
);

const TtComment = lazySchema(() =>
  z.object({
    cid: z.string().check(z.regex(/^\d{5,25}$/)),
    text: z.string(),
    create_time: jsonCount(),
    digg_count: jsonCount(),
    aweme_id: z.optional(z.string()),
    user: z.object({ unique_id: z.optional(z.string()), nickname: z.optional(z.string()) }),
  }),
);

const UserDetail = lazySchema(() =>
  z.looseObject({
    userInfo: z.looseObject({
      user: z.looseObject({ uniqueId: z.string() }),
      stats: z.looseObject({
        followerCount: jsonCount(),
        followingCount: jsonCount(),
        heartCount: jsonCount(),
        videoCount: jsonCount(),
      }),
    }),
  }),
);

function itemListResponse(body: unknown): Loaded {
  const out = emptyLoaded();
  for (const item of validItems(Item, arr(get(body, 'itemList')))) {
    const post = postFromItem(item, false);
    const owner = typeof item.author === 'string' ? item.author : item.author.uniqueId;
    if (!post) continue;
    const shares = countStat(item.stats?.shareCount ?? item.statsV2?.shareCount, false);
    out.posts.push({
      id: item.id,
      owner: owner.toLowerCase(),
      post: markLoaded({ ...post, shares }),
    });
  }
  return out;
}

function commentListResponse(body: unknown, requestUrl: URL): Loaded {
  const out = emptyLoaded();
  const fallback = requestUrl.searchParams.get('aweme_id');
  const byPost = new Map<string, Comment[]>();
  for (const c of validItems(TtComment, arr(get(body, 'comments')))) {
    const postId = c.aweme_id ?? fallback;
    const author = c.user.unique_id ?? c.user.nickname;
    if (!postId || !author) continue;
    const list = byPost.get(postId) ?? [];
    list.push({
      author: author.slice(0, 100),
      text: c.text.slice(0, 2200),
      likes: statFromJson(c.digg_count),
      at: isoFromUnix(c.create_time),
      id: c.cid,
      loaded: true,
    });
    byPost.set(postId, list);
  }
  for (const [postId, comments] of byPost) out.comments.push({ postId, comments });
  return out;
}

function userDetailResponse(body: unknown): Loaded {
  const out = emptyLoaded();
  const parsed = UserDetail.safeParse(body);
  if (!parsed.success) return out;
  const { user, stats } = parsed.data.userInfo;
  out.profiles.push({
    owner: user.uniqueId.toLowerCase(),
    followers: statFromJson(stats.followerCount),
    following: statFromJson(stats.followingCount),
    postCount: statFromJson(stats.videoCount),
    totalLikes: statFromJson(stats.heartCount),
  });
  return out;
}

/** The parser for a TikTok response path, or null when the path is not one of ours. */
export function tiktokResponse(url: URL, body: unknown): Loaded | null {
  switch (url.pathname.replace(/\/?$/, '/')) {
    case '/api/post/item_list/':
      return itemListResponse(body);
    case '/api/comment/list/':
      return commentListResponse(body, url);
    case '/api/user/detail/':
      return userDetailResponse(body);
    default:
      return null;
  }
}

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
import { postFromNode } from './embedded';
import { codeFromHref, postCode } from './urls';

/**
 * Instagram's own responses (XHR and fetch to /graphql/query, /api/graphql; fetch to
 * /api/v1/users/web_profile_info/). Recognised by the connection they carry under `data`:
 * - xdt_api__v1__feed__user_timeline_graphql_connection: {edges: [{node: media}]} (profile grid);
 * - xdt_api__v1__clips__user__connection_v2: {edges: [{node: {media}}]} (reels tab);
 * - xdt_api__v1__media__media_id__comments__connection: {edges: [{node: {pk, text,
 *   created_at, user: {username}, comment_like_count}}]} (a post's comments);
 * - web_profile_info: {data: {user: {username, edge_followed_by: {count}, edge_follow,
 *   edge_owner_to_timeline_media: {count, edges: [{node}]}}}}.
 * The home feed (xdt_api__v1__feed__timeline__connection) and everything else is ignored.
 */
const TIMELINE = 'xdt_api__v1__feed__user_timeline_graphql_connection';
const CLIPS = 'xdt_api__v1__clips__user__connection_v2';
const COMMENTS = 'xdt_api__v1__media__media_id__comments__connection';

const owner = () => z.optional(z.nullable(z.looseObject({ username: z.string() })));
const Media = lazySchema(() =>
  z.looseObject({
    code: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{5,64}$/))),
    shortcode: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{5,64}$/))),
    like_count: jsonCount(),
    comment_count: jsonCount(),
    play_count: jsonCount(),
    user: owner(),
    owner: owner(),
  }),
);

const IgComment = lazySchema(() =>
  z.looseObject({
    pk: z.union([z.string(), z.number()]),
    text: z.string(),
    created_at: jsonCount(),
    comment_like_count: jsonCount(),
    user: z.looseObject({ username: z.string() }),
  }),
);

const ProfileUser = lazySchema(() =>
  z.looseObject({
    username: z.string(),
    edge_followed_by: z.optional(z.looseObject({ count: jsonCount() })),
    edge_follow: z.optional(z.looseObject({ count: jsonCount() })),
    edge_owner_to_timeline_media: z.optional(
      z.looseObject({ count: jsonCount(), edges: z.optional(z.array(z.unknown())) }),
    ),
  }),
);

function addMedia(out: Loaded, nodes: unknown[], fallbackOwner: string | null): void {
  for (const media of validItems(Media, nodes)) {
    const owner = media.user?.username ?? media.owner?.username ?? fallbackOwner;
    const post = postFromNode(media);
    const id = post && codeFromHref(post.url)?.[0];
    if (!owner || !post || !id) continue;
    out.posts.push({ id, owner: owner.toLowerCase(), post: markLoaded(post) });
  }
}

function addComments(out: Loaded, nodes: unknown[], page: URL): void {
  const postId = postCode(page);
  if (!postId) return; // comments are attached only on the post's own page
  const comments = validItems(IgComment, nodes).map((c): Comment => ({
    author: c.user.username.slice(0, 100),
    text: c.text.slice(0, 2200),
    likes: statFromJson(c.comment_like_count),
    at: isoFromUnix(c.created_at),
    id: String(c.pk).slice(0, 100),
    loaded: true,
  }));
  if (comments.length) out.comments.push({ postId, comments });
}

function addProfile(out: Loaded, user: unknown): void {
  const parsed = ProfileUser.safeParse(user);
  if (!parsed.success) return;
  const u = parsed.data;
  const owner = u.username.toLowerCase();
  out.profiles.push({
    owner,
    followers: statFromJson(u.edge_followed_by?.count),
    following: statFromJson(u.edge_follow?.count),
    postCount: statFromJson(u.edge_owner_to_timeline_media?.count),
    totalLikes: null,
  });
  addMedia(
    out,
    arr(u.edge_owner_to_timeline_media?.edges).map((e) => get(e, 'node')),
    owner,
  );
}

const edgesOf = (connection: unknown) => arr(get(connection, 'edges'));

/** The parser for an Instagram response, or null when the path is not one of ours. */
export function instagramResponse(url: URL, body: unknown, page: URL): Loaded | null {
  const path = url.pathname.replace(/\/?$/, '/');
  const out = emptyLoaded();
  const data = get(body, 'data');
  if (path === '/api/v1/users/web_profile_info/') {
    addProfile(out, get(data, 'user'));
    return out;
  }
  if (path !== '/graphql/query/' && path !== '/api/graphql/') return null;
  if (!data || typeof data !== 'object') return out;
  addMedia(
    out,
    edgesOf(get(data, TIMELINE)).map((e) => get(e, 'node')),
    null,
  );
  addMedia(
    out,
    edgesOf(get(data, CLIPS)).map((e) => get(e, 'node', 'media')),
    null,
  );
  addComments(
    out,
    edgesOf(get(data, COMMENTS)).map((e) => get(e, 'node')),
    page,
  );
  return out;
}

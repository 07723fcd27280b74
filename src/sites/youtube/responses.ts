import * as z from 'zod/mini';
import type { Comment, Post } from '../../shared/model';
import { arr, get, safeDecode, str } from '../common/json';
import {
  emptyLoaded,
  lazySchema,
  markLoaded,
  validItems,
  type Loaded,
  type Parsed,
  type Parser,
} from '../common/loaded';
import { statFromText } from '../common/stat';
import { commentTimeFields, readTime } from '../common/read-time';
import { fromRenderer, RENDERERS } from './grid';
import { collect, ytText } from './initial-data';
import { idFromHref, videoIdFromUrl } from './urls';

/**
 * YouTube's own responses (fetch POST to /youtubei/v1/…; shapes from recorded responses, see
 * test/fixtures/responses/SOURCE.md):
 * - browse, a channel tab (Videos, Shorts, Live): metadata.channelMetadataRenderer.{externalId,
 *   vanityChannelUrl} and the selected tab's richGridRenderer of videoRenderer /
 *   shortsLockupViewModel / reelItemRenderer / lockupViewModel items;
 * - browse, a continuation: onResponseReceivedActions[].appendContinuationItemsAction
 *   {continuationItems, targetId: "browse-feed<channel id><tab>…"};
 * - next, comments: frameworkUpdates.entityBatchUpdate.mutations[].payload.commentEntityPayload
 *   (since 2024) or commentThreadRenderer.comment.commentRenderer (before).
 * A browse response that names no channel (home feed, search, subscriptions) gives nothing.
 */
const videoId = () => z.string().check(z.regex(/^[\w-]{11}$/));
const CHANNEL_ID = /^UC[\w-]{22}$/;
const ITEM: Record<string, Parser<unknown>> = {
  videoRenderer: lazySchema(() => z.looseObject({ videoId: videoId() })),
  gridVideoRenderer: lazySchema(() => z.looseObject({ videoId: videoId() })),
  reelItemRenderer: lazySchema(() => z.looseObject({ videoId: videoId() })),
  lockupViewModel: lazySchema(() => z.looseObject({ contentId: videoId() })),
  shortsLockupViewModel: lazySchema(() =>
    z.looseObject({
      onTap: z.looseObject({
        innertubeCommand: z.looseObject({
          reelWatchEndpoint: z.looseObject({ videoId: videoId() }),
        }),
      }),
    }),
  ),
};

const Entity = lazySchema(() =>
  z.looseObject({
    properties: z.looseObject({
      commentId: z.string(),
      content: z.looseObject({ content: z.string() }),
      publishedTime: z.optional(z.string()),
    }),
    author: z.looseObject({ displayName: z.string() }),
    toolbar: z.optional(z.looseObject({ likeCountNotliked: z.optional(z.string()) })),
  }),
);

const OldComment = lazySchema(() =>
  z.looseObject({
    commentId: z.string(),
    contentText: z.unknown(),
    authorText: z.unknown(),
  }),
);

function channelOf(body: unknown): { owner: string | null; handle: string | null } {
  const meta = get(body, 'metadata', 'channelMetadataRenderer');
  const id = str(get(meta, 'externalId'));
  const vanity = str(get(meta, 'vanityChannelUrl'))?.split('/').pop() ?? '';
  const handle = vanity.startsWith('@') ? safeDecode(vanity.slice(1)) : null;
  if (id && CHANNEL_ID.test(id)) return { owner: id, handle };
  for (const action of arr(get(body, 'onResponseReceivedActions'))) {
    const target = str(
      get(action, 'appendContinuationItemsAction', 'targetId') ??
        get(action, 'reloadContinuationItemsCommand', 'targetId'),
    );
    const m = target && /^browse-feed(UC[\w-]{22})/.exec(target);
    if (m) return { owner: m[1]!, handle: null };
  }
  return { owner: null, handle: null };
}

/** Where a browse response keeps its items: the selected tab's grid, or the continuation. */
function itemRoots(body: unknown): unknown[] {
  const tabs = arr(get(body, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs'));
  const selected = tabs.find((t) => get(t, 'tabRenderer', 'selected') === true);
  // Only grids (Videos, Shorts, Live): the Home tab's shelves show other channels' videos too.
  const grid = get(selected, 'tabRenderer', 'content', 'richGridRenderer');
  const actions = arr(get(body, 'onResponseReceivedActions')).map(
    (a) =>
      get(a, 'appendContinuationItemsAction', 'continuationItems') ??
      get(a, 'reloadContinuationItemsCommand', 'continuationItems'),
  );
  return [grid, ...actions].filter(Boolean);
}

function browseResponse(body: unknown, now: Date, locale: string): Loaded {
  const out = emptyLoaded();
  const { owner, handle } = channelOf(body);
  if (!owner) return out;
  if (handle) out.aliases.push([owner, handle]);
  for (const [kind, renderer] of collect(itemRoots(body), RENDERERS)) {
    if (out.posts.length >= 100) break;
    if (!validItems(ITEM[kind]!, [renderer]).length) continue;
    // A video of another channel (a collaboration, a shelf) names its own channel: skip it.
    const by = get(renderer, 'ownerText', 'runs', 0, 'navigationEndpoint', 'browseEndpoint');
    if (by && get(by, 'browseId') !== owner) continue;
    const post: Post | null = fromRenderer(kind, renderer, now, locale);
    const id = post && idFromHref(post.url)?.[0];
    if (post && id) out.posts.push({ id, owner, post: markLoaded(post) });
  }
  return out;
}

function entityComment(e: Parsed<typeof Entity>, now: Date, locale: string): Comment {
  const likes = e.toolbar?.likeCountNotliked?.trim();
  return {
    author: e.author.displayName.slice(0, 100),
    text: e.properties.content.content.slice(0, 2200),
    likes: likes ? statFromText(likes, 'json', locale) : null,
    ...commentTimeFields(
      readTime(null, e.properties.publishedTime?.replace(/\s*\(.*\)$/, ''), now, locale),
    ),
    id: e.properties.commentId.slice(0, 100),
    loaded: true,
  };
}

function oldComment(c: Parsed<typeof OldComment>, now: Date, locale: string): Comment | null {
  const author = ytText(c.authorText);
  const text = ytText(c.contentText);
  if (!author || !text) return null;
  const age = ytText(get(c, 'publishedTimeText'))?.replace(/\s*\(.*\)$/, '');
  return {
    author: author.slice(0, 100),
    text: text.slice(0, 2200),
    likes: statFromText(ytText(get(c, 'voteCount')), 'json', locale),
    ...commentTimeFields(readTime(null, age, now, locale)),
    id: c.commentId.slice(0, 100),
    loaded: true,
  };
}

function nextResponse(body: unknown, page: URL, now: Date, locale: string): Loaded {
  const out = emptyLoaded();
  const postId = videoIdFromUrl(page);
  if (!postId) return out; // comments belong to the video whose page loaded them
  const mutations = arr(get(body, 'frameworkUpdates', 'entityBatchUpdate', 'mutations'));
  const entities = validItems(
    Entity,
    mutations.map((m) => get(m, 'payload', 'commentEntityPayload')).filter(Boolean),
  );
  const comments = entities.map((e) => entityComment(e, now, locale));
  if (!comments.length) {
    const old = collect(get(body, 'onResponseReceivedEndpoints'), new Set(['commentRenderer']));
    const valid = validItems(
      OldComment,
      old.map(([, r]) => r),
    );
    for (const c of valid) {
      const comment = oldComment(c, now, locale);
      if (comment) comments.push(comment);
    }
  }
  if (comments.length) out.comments.push({ postId, comments });
  return out;
}

/** The parser for a YouTube response path, or null when the path is not one of ours. */
export function youtubeResponse(
  url: URL,
  body: unknown,
  page: URL,
  now: Date,
  locale: string,
): Loaded | null {
  if (url.pathname === '/youtubei/v1/browse') return browseResponse(body, now, locale);
  if (url.pathname === '/youtubei/v1/next') return nextResponse(body, page, now, locale);
  return null;
}

import { describe, expect, it } from 'vitest';
import { tiktokResponse } from '../../../src/sites/tiktok/responses';
import { instagramResponse } from '../../../src/sites/instagram/responses';
import { youtubeResponse } from '../../../src/sites/youtube/responses';
import { MAX_ITEMS_PER_RESPONSE } from '../../../src/sites/common/loaded';
import {
  igComments,
  igHomeFeed,
  igTimeline,
  LENA_MORE,
  MAYA_MORE,
  PAUL_MORE,
  ttCommentList,
  ttItemList,
  ytCommentsNext,
  ytVideosContinuation,
} from '../../fixtures/responses/bodies';
import { MAYA } from '../../fixtures/sites/generate/tiktok-data';
import { PAUL } from '../../fixtures/sites/generate/youtube-data';

const NOW = new Date('2025-06-01T12:00:00Z');
const u = (s: string) => new URL(s);
const TT = 'https://www.tiktok.com';

describe('TikTok responses', () => {
  it('item list: posts with views, likes, comments and shares, owned by their author', () => {
    const loaded = tiktokResponse(
      u(`${TT}/api/post/item_list/?count=14&cursor=0`),
      ttItemList(MAYA_MORE),
    )!;
    expect(loaded.posts).toHaveLength(14);
    const first = loaded.posts[0]!;
    const v = MAYA_MORE[0]!;
    expect(first.owner).toBe('maya.moves');
    expect(first.id).toBe(v.id);
    expect(first.post.url).toBe(`${TT}/@maya.moves/video/${v.id}`);
    expect([first.post.views?.value, first.post.likes?.value, first.post.comments?.value]).toEqual([
      v.views,
      v.likes,
      v.comments,
    ]);
    expect(first.post.shares?.value).toBe(v.shares);
    expect(first.post.loaded).toBe(true);
  });

  it('comment list: comments with authors, times and ids, under their video', () => {
    const loaded = tiktokResponse(
      u(`${TT}/api/comment/list/?aweme_id=1`),
      ttCommentList('7381122334455660010'),
    )!;
    const [group] = loaded.comments;
    expect(group!.postId).toBe('7381122334455660010');
    expect(group!.comments[0]).toMatchObject({
      author: 'fit.jess',
      loaded: true,
      id: '7410000000000010',
    });
    expect(group!.comments[0]!.at).toBe('2025-06-01T12:00:00.000Z');
  });

  it('bad items cost only themselves; bodies that are not objects give nothing', () => {
    const body = ttItemList(MAYA.videos.slice(0, 3));
    (body.itemList[1] as Record<string, unknown>).id = { forged: true };
    expect(tiktokResponse(u(`${TT}/api/post/item_list/`), body)!.posts).toHaveLength(2);
    expect(tiktokResponse(u(`${TT}/api/post/item_list/`), 'nonsense')!.posts).toEqual([]);
    expect(tiktokResponse(u(`${TT}/api/other/`), body)).toBeNull();
  });

  it('caps the items read from one response', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      ...MAYA.videos[0]!,
      id: `7000000000${i + 1000}`,
    }));
    const loaded = tiktokResponse(u(`${TT}/api/post/item_list/`), ttItemList(many))!;
    expect(loaded.posts).toHaveLength(MAX_ITEMS_PER_RESPONSE);
  });
});

describe('Instagram responses', () => {
  const page = u('https://www.instagram.com/lena.bakes/');
  it('timeline pages give the owner’s posts with likes and comments', () => {
    const loaded = instagramResponse(
      u('https://www.instagram.com/graphql/query'),
      igTimeline(LENA_MORE.slice(0, 12)),
      page,
    )!;
    expect(loaded.posts).toHaveLength(12);
    expect(loaded.posts[0]).toMatchObject({ owner: 'lena.bakes', id: LENA_MORE[0]!.code });
    expect(loaded.posts[0]!.post.likes?.value).toBe(LENA_MORE[0]!.likes);
  });

  it('the home feed is not read at all', () => {
    const loaded = instagramResponse(
      u('https://www.instagram.com/graphql/query'),
      igHomeFeed(LENA_MORE),
      page,
    )!;
    expect(loaded.posts).toEqual([]);
  });

  it('comments attach to the post whose page loaded them, and only on a post page', () => {
    const post = u('https://www.instagram.com/p/C7kLm2sNqA0xQ/');
    const loaded = instagramResponse(
      u('https://www.instagram.com/api/graphql'),
      igComments(),
      post,
    )!;
    expect(loaded.comments[0]!.postId).toBe('C7kLm2sNqA0xQ');
    expect(loaded.comments[0]!.comments[0]).toMatchObject({ author: 'brot.liebe', loaded: true });
    expect(
      instagramResponse(u('https://www.instagram.com/api/graphql'), igComments(), page)!.comments,
    ).toEqual([]);
  });
});

describe('YouTube responses', () => {
  const browse = u('https://www.youtube.com/youtubei/v1/browse?prettyPrint=false');
  it('a Videos-tab continuation gives its 30 videos with views, owned by the channel id', () => {
    const loaded = youtubeResponse(
      browse,
      ytVideosContinuation(PAUL_MORE),
      u('https://www.youtube.com/@techtalkpaul/videos'),
      NOW,
      'en',
    )!;
    expect(loaded.posts).toHaveLength(30);
    expect(loaded.posts.every((p) => p.owner === PAUL.channelId)).toBe(true);
    expect(loaded.posts[1]!.post.views?.value).toBe(PAUL_MORE[1]!.views);
    expect(loaded.posts[1]!.post.postedAt).not.toBeNull();
  });

  it('a continuation that names no channel (home feed) gives nothing', () => {
    const body = ytVideosContinuation(PAUL_MORE);
    body.onResponseReceivedActions[0]!.appendContinuationItemsAction.targetId =
      'browse-feedFEwhat_to_watch';
    expect(youtubeResponse(browse, body, u('https://www.youtube.com/'), NOW, 'en')!.posts).toEqual(
      [],
    );
  });

  it('comment entities give comments with authors, likes and times for the watched video', () => {
    const page = u(`https://www.youtube.com/watch?v=${PAUL.videos[0]!.id}`);
    const loaded = youtubeResponse(
      u('https://www.youtube.com/youtubei/v1/next'),
      ytCommentsNext(),
      page,
      NOW,
      'en',
    )!;
    const { postId, comments } = loaded.comments[0]!;
    expect(postId).toBe(PAUL.videos[0]!.id);
    expect(comments).toHaveLength(3);
    expect(comments[0]).toMatchObject({ author: '@gadgetgreg', loaded: true });
    expect(comments[0]!.likes?.value).toBe(312);
    expect(comments[0]!.at).toBe('2025-05-30T12:00:00.000Z');
    expect(comments[2]!.likes).toBeNull();
  });
});

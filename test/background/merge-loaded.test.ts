import { describe, expect, it } from 'vitest';
import { addLoaded, newLoadedStore, type LoadedStore } from '../../src/background/loaded-store';
import { withLoaded } from '../../src/background/merge-loaded';
import { emptyReading, type PageReading } from '../../src/shared/model';
import { blankPost } from '../../src/sites/common/grid';
import { tiktokResponse } from '../../src/sites/tiktok/responses';
import { videoIdFromUrl } from '../../src/sites/tiktok/urls';
import { MAYA_MORE, ttCommentList, ttItemList } from '../fixtures/responses/bodies';
import { MAYA } from '../fixtures/sites/generate/tiktok-data';

const TT = 'https://www.tiktok.com';
const postId = (href: string) => videoIdFromUrl(new URL(href));
const freshStore = newLoadedStore;

function profileReading(): PageReading {
  const snap = emptyReading(
    'tiktok',
    'profile',
    `${TT}/@maya.moves`,
    new Date('2025-06-01T12:00:00Z'),
  );
  snap.handle = 'maya.moves';
  // What the grid shows today: views as rounded labels, nothing else.
  snap.posts = MAYA.videos.slice(0, 2).map((v) => ({
    ...blankPost(`${TT}/@maya.moves/video/${v.id}`),
    views: { value: 128400, low: 128000, high: 128999, source: 'text' as const, raw: '128K' },
    pinned: v.pinned,
  }));
  return snap;
}

const load = (store: LoadedStore, path: string, body: unknown) =>
  addLoaded(store, tiktokResponse(new URL(`${TT}${path}`), body)!);

describe('withLoaded', () => {
  it('completes shown posts and adds the creator’s loaded posts', () => {
    const store = freshStore();
    load(store, '/api/post/item_list/', ttItemList(MAYA.videos));
    load(store, '/api/post/item_list/', ttItemList(MAYA_MORE));
    const snap = withLoaded(profileReading(), store, postId);
    expect(snap.posts).toHaveLength(MAYA.videos.length + MAYA_MORE.length);
    const first = snap.posts[0]!;
    expect(first.likes?.value).toBe(MAYA.videos[0]!.likes);
    expect(first.views?.value).toBe(MAYA.videos[0]!.views); // exact beats the rounded label
    expect(first.shares?.value).toBe(MAYA.videos[0]!.shares);
    expect(first.loaded).toBe(true);
  });

  it('never adds another creator’s posts (a feed, a suggestion) to the profile', () => {
    const store = freshStore();
    load(store, '/api/post/item_list/', ttItemList(MAYA_MORE, 'someone.else'));
    const snap = withLoaded(profileReading(), store, postId);
    expect(snap.posts).toHaveLength(2);
    expect(snap.posts.every((p) => p.likes === null)).toBe(true);
  });

  it('a forged response about the same ids cannot replace the creator’s posts', () => {
    const store = freshStore();
    load(store, '/api/post/item_list/', ttItemList(MAYA_MORE));
    load(store, '/api/post/item_list/', ttItemList(MAYA_MORE, 'someone.else'));
    const snap = withLoaded(profileReading(), store, postId);
    expect(snap.posts).toHaveLength(2 + MAYA_MORE.length);
  });

  it('attaches comments to shown posts only, without repeating a comment', () => {
    const store = freshStore();
    const shown = MAYA.videos[0]!.id;
    load(store, '/api/comment/list/', ttCommentList(shown));
    load(store, '/api/comment/list/', ttCommentList(shown)); // the same page loaded twice
    load(store, '/api/comment/list/', ttCommentList('7999999999999999999'));
    const snap = withLoaded(profileReading(), store, postId);
    expect(snap.posts[0]!.commentSample.map((c) => c.author)).toEqual([
      'fit.jess',
      'marco_runs',
      'anna.k',
      'deskworker22',
    ]);
    expect(snap.posts[1]!.commentSample).toEqual([]);
  });

  it('on a video page adds no other posts, only what belongs to the video', () => {
    const store = freshStore();
    load(store, '/api/post/item_list/', ttItemList(MAYA.videos));
    const video = { ...profileReading(), kind: 'post' as const };
    video.posts = video.posts.slice(0, 1);
    expect(withLoaded(video, store, postId).posts).toHaveLength(1);
  });
});

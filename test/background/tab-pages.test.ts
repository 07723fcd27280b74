import { describe, expect, it } from 'vitest';
import { addTabLoaded, mergeTabReading, tabPages } from '../../src/background/tab-pages';
import { emptyReading, type PageReading } from '../../src/shared/model';
import { blankPost } from '../../src/sites/common/grid';
import { tiktokResponse } from '../../src/sites/tiktok/responses';
import { youtubeResponse } from '../../src/sites/youtube/responses';
import {
  MAYA_MORE,
  PAUL_MORE,
  ttCommentList,
  ttItemList,
  ytVideosContinuation,
} from '../fixtures/responses/bodies';
import { MAYA } from '../fixtures/sites/generate/tiktok-data';
import { PAUL } from '../fixtures/sites/generate/youtube-data';

const TT = 'https://www.tiktok.com';
const AT = new Date('2025-06-01T12:00:00Z');
const itemList = (handle = MAYA.handle) =>
  tiktokResponse(new URL(`${TT}/api/post/item_list/`), ttItemList(MAYA.videos, handle))!;
const rounded = { value: 128000, low: 127500, high: 128499, source: 'text' as const, raw: '128K' };

/** The views-only grid a TikTok profile shows today (two of its videos). */
function grid(kind: 'profile' | 'post' = 'profile'): PageReading {
  const snap = emptyReading('tiktok', kind, `${TT}/@maya.moves`, AT);
  snap.handle = 'maya.moves';
  snap.posts = MAYA.videos.slice(0, 2).map((v) => ({
    ...blankPost(`${TT}/@maya.moves/video/${v.id}`),
    views: rounded,
  }));
  return snap;
}

describe('the worker merges what a tab’s page loaded', () => {
  it('keeps a body that comes before any reading, and merges it into the first one', () => {
    const page = tabPages()(1);
    expect(addTabLoaded(page, itemList())).toBeNull(); // no page known yet: nothing to patch
    const merged = mergeTabReading(page, grid(), true);
    expect(merged.posts).toHaveLength(MAYA.videos.length);
    expect(merged.posts[0]!.likes?.value).toBe(MAYA.videos[0]!.likes);
    expect(merged.posts[0]!.views?.value).toBe(MAYA.videos[0]!.views); // exact beats "128K"
  });

  it('patches a known page with only what the body adds', () => {
    const page = tabPages()(1);
    mergeTabReading(page, grid(), true);
    const more = tiktokResponse(new URL(`${TT}/api/post/item_list/`), ttItemList(MAYA_MORE))!;
    const patch = addTabLoaded(page, more)!;
    expect(patch.handle).toBe('maya.moves');
    expect(patch.posts.map((p) => p.url)).toEqual(
      MAYA_MORE.map((v) => `${TT}/@maya.moves/video/${v.id}`),
    );
    expect(patch.posts.every((p) => p.loaded && p.likes !== null && p.shares)).toBe(true);
  });

  it('never patches in another creator’s posts (a feed, a suggestion)', () => {
    const page = tabPages()(1);
    mergeTabReading(page, grid(), true);
    expect(addTabLoaded(page, itemList('someone.else'))).toBeNull();
    expect(mergeTabReading(page, grid(), true).posts).toHaveLength(2);
  });

  it('a later reading’s rounded count does not replace the exact one the page loaded', () => {
    const page = tabPages()(1);
    mergeTabReading(page, grid(), true);
    addTabLoaded(page, itemList());
    const patch = { ...grid(), posts: grid().posts.slice(0, 1) };
    const merged = mergeTabReading(page, patch, false);
    expect(merged.posts).toHaveLength(1); // a patch gets no posts added
    expect(merged.posts[0]!.views?.value).toBe(MAYA.videos[0]!.views);
  });

  it('adds opened comment threads to the shown video, with times and authors', () => {
    const page = tabPages()(1);
    const video = { ...grid('post'), posts: grid().posts.slice(0, 1) };
    mergeTabReading(page, video, true);
    const url = `${TT}/api/comment/list/?aweme_id=${MAYA.videos[0]!.id}`;
    const patch = addTabLoaded(
      page,
      tiktokResponse(new URL(url), ttCommentList(MAYA.videos[0]!.id))!,
    )!;
    expect(patch.posts).toHaveLength(1);
    const comments = patch.posts[0]!.commentSample;
    expect(comments.map((c) => c.author)).toContain('fit.jess');
    expect(comments.every((c) => c.at !== null && c.loaded)).toBe(true);
    // The post's own figures are those already merged, not blanks.
    expect(patch.posts[0]!.views).toEqual(rounded);
  });

  it('merges a YouTube continuation that names the channel by id only', () => {
    const page = tabPages()(1);
    const channel = emptyReading(
      'youtube',
      'profile',
      'https://www.youtube.com/@techtalkpaul/videos',
      AT,
    );
    channel.handle = 'techtalkpaul';
    const body = ytVideosContinuation(PAUL_MORE);
    const browse = new URL('https://www.youtube.com/youtubei/v1/browse');
    const loaded = () => youtubeResponse(browse, body, new URL(channel.url), AT, 'en')!;
    mergeTabReading(page, channel, true);
    expect(addTabLoaded(page, loaded())).toBeNull(); // whose id? not known: nothing merged
    mergeTabReading(page, { ...channel, aliases: [[PAUL.channelId, 'TechTalkPaul']] }, true);
    expect(addTabLoaded(page, loaded())?.posts).toHaveLength(30);
  });

  it('remembers a bounded number of tabs, forgetting the one heard from longest ago', () => {
    const pageOf = tabPages();
    mergeTabReading(pageOf(1), grid(), true);
    for (let tab = 2; tab <= 21; tab++) pageOf(tab);
    expect(pageOf(1).head).toBeNull();
    mergeTabReading(pageOf(2), grid(), true);
    expect(pageOf(2).head?.handle).toBe('maya.moves');
  });
});

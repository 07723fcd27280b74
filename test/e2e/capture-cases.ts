// What the page itself loads, browser-neutral: the fixture pages' own scripts fetch the next
// pages of posts and comments like the sites do, and the extension must store what they carry.
// capture.test.ts runs these cases in Chromium, firefox/capture.test.ts in Firefox.
import assert from 'node:assert/strict';
import { readStore, waitForRow } from './harness/extension-pages';
import { waitUntil, type ExtensionSession, type Tab } from './harness/tab';
import { LENA_MORE, MAYA_MORE, PAUL_MORE } from '../fixtures/responses/bodies';
import { LENA } from '../fixtures/sites/generate/instagram-data';
import { MAYA } from '../fixtures/sites/generate/tiktok-data';
import { PAUL } from '../fixtures/sites/generate/youtube-data';
import type { CreatorRecord } from '../../src/shared/creator';
import type { Post } from '../../src/shared/model';

export interface CaptureContext {
  session: ExtensionSession;
  /** An extension page kept open to read the store from. */
  options: Tab;
  /** Opens the page, waits for its own script to finish, then for the stored posts to agree. */
  visit(url: string, creatorId: string, ready: (posts: Post[]) => boolean): Promise<Post[]>;
  creator(id: string): Promise<CreatorRecord>;
}

export function captureContext(session: ExtensionSession, options: Tab): CaptureContext {
  return {
    session,
    options,
    visit: async (url, creatorId, ready) => {
      const page = await session.openSite(url);
      await waitUntil(
        page,
        () => document.documentElement.dataset.loaded !== undefined,
        null,
        "the page's own fetches",
      );
      const detail = await waitForRow<{ creatorId: string; posts: Post[] }>(
        options,
        'details',
        (d) => d.creatorId === creatorId && ready(d.posts),
        40000,
      );
      await page.close();
      return detail.posts;
    },
    creator: async (id) =>
      (await readStore<CreatorRecord>(options, 'creators')).find((c) => c.id === id)!,
  };
}

export const CAPTURE_CASES: [string, (ctx: CaptureContext) => Promise<void>][] = [
  [
    'TikTok: the fetched item list gives a views-only grid its likes, comments and shares',
    async ({ visit, creator }) => {
      const posts = await visit(
        'https://www.tiktok.com/@maya.moves',
        'tiktok:maya.moves',
        (p) => p.length >= MAYA.videos.length + MAYA_MORE.length,
      );
      assert.equal(
        posts.length,
        MAYA.videos.length + MAYA_MORE.length,
        'a suggested account adds nothing',
      );
      const first = posts.find((p) => p.url.endsWith(MAYA.videos[0]!.id))!;
      assert.equal(first.likes?.value, MAYA.videos[0]!.likes);
      assert.equal(first.comments?.value, MAYA.videos[0]!.comments);
      assert.equal(first.shares?.value, MAYA.videos[0]!.shares);
      assert.equal(first.views?.value, MAYA.videos[0]!.views);
      assert.equal(first.loaded, true);
      assert.ok(posts.every((p) => p.likes !== null));
      const record = await creator('tiktok:maya.moves');
      // TikTok has no per-follower benchmark for micro creators: engagement is judged by views.
      const engagement = record.score?.signals.find((s) => s.id === 'engagement-by-views');
      assert.ok(
        engagement && engagement.verdict !== 'insufficient',
        `engagement judged: ${engagement?.verdict}`,
      );
      assert.equal(record.basis?.posts, posts.length);
    },
  ],

  [
    'TikTok: an opened comment panel adds comments with authors and times',
    async ({ visit }) => {
      const video = MAYA.videos[0]!;
      const posts = await visit(
        `https://www.tiktok.com/@maya.moves/video/${video.id}`,
        'tiktok:maya.moves',
        (p) => p.some((x) => x.commentSample.some((c) => c.loaded)),
      );
      const post = posts.find((p) => p.url.endsWith(video.id))!;
      const loaded = post.commentSample.filter((c) => c.loaded);
      assert.deepEqual(
        loaded.map((c) => c.author),
        ['fit.jess', 'marco_runs', 'anna.k', 'deskworker22'],
      );
      assert.ok(loaded.every((c) => c.at && c.id));
      // The profile's posts stay: comments from one post add to the creator's record.
      assert.ok(posts.length >= MAYA.videos.length + MAYA_MORE.length);
    },
  ],

  [
    'Instagram: three fetched timeline pages (XHR and fetch) add their posts; the home feed does not',
    async ({ visit }) => {
      const want = LENA.posts.length + LENA_MORE.length;
      const posts = await visit(
        'https://www.instagram.com/lena.bakes/',
        'instagram:lena.bakes',
        (p) => p.length >= want,
      );
      assert.equal(posts.length, want);
      const last = posts.find((p) => p.url.includes(LENA_MORE[35]!.code))!;
      assert.equal(last.likes?.value, LENA_MORE[35]!.likes);
      assert.equal(last.comments?.value, LENA_MORE[35]!.comments);
    },
  ],

  [
    'Instagram: the comments a post page loads join that post',
    async ({ visit, creator }) => {
      const code = LENA.posts[0]!.code;
      const posts = await visit(
        `https://www.instagram.com/p/${code}/`,
        'instagram:lena.bakes',
        (p) => p.some((x) => x.url.includes(code) && x.commentSample.some((c) => c.loaded)),
      );
      const loaded = posts.find((p) => p.url.includes(code))!.commentSample.filter((c) => c.loaded);
      assert.deepEqual(
        loaded.map((c) => c.author),
        ['brot.liebe', 'sam.cooks', 'oma.ilse'],
      );
      assert.ok(loaded.every((c) => c.at));
      const record = await creator('instagram:lena.bakes');
      assert.ok((record.basis?.loadedComments ?? 0) >= 3);
    },
  ],

  [
    'YouTube: a Videos-tab continuation adds its 30 videos with their views',
    async ({ visit }) => {
      const want = PAUL.videos.length + PAUL_MORE.length;
      const posts = await visit(
        'https://www.youtube.com/@techtalkpaul/videos',
        'youtube:techtalkpaul',
        (p) => p.length >= want,
      );
      const added = posts.filter((p) => PAUL_MORE.some((v) => p.url.endsWith(v.id)));
      assert.equal(added.length, 30);
      assert.ok(added.every((p) => p.views !== null && p.postedAt !== null));
      assert.equal(
        added[0]!.views?.value,
        PAUL_MORE.find((v) => added[0]!.url.endsWith(v.id))!.views,
      );
    },
  ],

  [
    'YouTube: an opened comment thread adds comments with times',
    async ({ visit }) => {
      const posts = await visit(
        'https://www.youtube.com/watch?v=tTpa0Qzxxxx',
        'youtube:techtalkpaul',
        (p) => p.some((x) => x.commentSample.some((c) => c.loaded)),
      );
      const loaded = posts
        .find((p) => p.url.endsWith('tTpa0Qzxxxx'))!
        .commentSample.filter((c) => c.loaded);
      assert.deepEqual(
        loaded.map((c) => c.author),
        ['@gadgetgreg', '@lena_k', '@pixelfan'],
      );
      assert.ok(loaded.every((c) => c.at !== null));
    },
  ],
];

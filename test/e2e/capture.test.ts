// What the page itself loads, in real Chromium: the fixture pages' own scripts fetch the next
// pages of posts and comments like the sites do, and the extension stores what they carry.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import {
  extensionPage,
  openPopupFor,
  readStore,
  tabIdOf,
  waitForRow,
} from './harness/extension-pages';
import { startCaptureServer, type CaptureServer } from './capture-server';
import { LENA_MORE, MAYA_MORE, PAUL_MORE } from '../fixtures/responses/bodies';
import { LENA } from '../fixtures/sites/generate/instagram-data';
import { MAYA } from '../fixtures/sites/generate/tiktok-data';
import { PAUL } from '../fixtures/sites/generate/youtube-data';
import type { CreatorRecord } from '../../src/shared/creator';
import type { Post } from '../../src/shared/model';

let server: CaptureServer;
let ext: ExtensionBrowser;
let options: Page;

before(async () => {
  server = await startCaptureServer();
  ext = await launchWithExtension(server.port);
  options = await extensionPage(ext, 'options.html');
});
after(async () => {
  await ext?.close();
  await server?.close();
});

/** Opens the page, waits for its own script to finish, then for the stored posts to agree. */
async function visit(url: string, creatorId: string, ready: (posts: Post[]) => boolean) {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.loaded !== undefined);
  const detail = await waitForRow<{ creatorId: string; posts: Post[] }>(
    options,
    'details',
    (d) => d.creatorId === creatorId && ready(d.posts),
    40000,
  );
  await page.close();
  return detail.posts;
}

const creator = async (id: string) =>
  (await readStore<CreatorRecord>(options, 'creators')).find((c) => c.id === id)!;

test('TikTok: the fetched item list gives a views-only grid its likes, comments and shares', async () => {
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
});

test('TikTok: an opened comment panel adds comments with authors and times', async () => {
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
});

test('Instagram: three fetched timeline pages (XHR and fetch) add their posts; the home feed does not', async () => {
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
});

test('Instagram: the comments a post page loads join that post', async () => {
  const code = LENA.posts[0]!.code;
  const posts = await visit(`https://www.instagram.com/p/${code}/`, 'instagram:lena.bakes', (p) =>
    p.some((x) => x.url.includes(code) && x.commentSample.some((c) => c.loaded)),
  );
  const loaded = posts.find((p) => p.url.includes(code))!.commentSample.filter((c) => c.loaded);
  assert.deepEqual(
    loaded.map((c) => c.author),
    ['brot.liebe', 'sam.cooks', 'oma.ilse'],
  );
  assert.ok(loaded.every((c) => c.at));
  const record = await creator('instagram:lena.bakes');
  assert.ok((record.basis?.loadedComments ?? 0) >= 3);
});

test('YouTube: a Videos-tab continuation adds its 30 videos with their views', async () => {
  const want = PAUL.videos.length + PAUL_MORE.length;
  const posts = await visit(
    'https://www.youtube.com/@techtalkpaul/videos',
    'youtube:techtalkpaul',
    (p) => p.length >= want,
  );
  const added = posts.filter((p) => PAUL_MORE.some((v) => p.url.endsWith(v.id)));
  assert.equal(added.length, 30);
  assert.ok(added.every((p) => p.views !== null && p.postedAt !== null));
  assert.equal(added[0]!.views?.value, PAUL_MORE.find((v) => added[0]!.url.endsWith(v.id))!.views);
});

test('YouTube: an opened comment thread adds comments with times', async () => {
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
});

/** Runs in the page: the wrapped functions next to a fresh frame's untouched natives. */
const PROBE = `(async () => {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const describe = (w) =>
    [w.fetch, w.XMLHttpRequest.prototype.open, w.XMLHttpRequest.prototype.send, w.Function.prototype.toString].map(
      (f) => [f.name, f.length, w.Function.prototype.toString.call(f), String(f), 'prototype' in f,
        JSON.stringify(Object.getOwnPropertyDescriptor(f, 'name'))]);
  let constructs = '';
  try { new window.fetch(); } catch (e) { constructs = e.constructor.name; }
  let badUrl = '';
  await fetch('bad://x').catch((e) => (badUrl = e.constructor.name));
  const ok = await (await fetch('/api/comment/list/?aweme_id=1')).json();
  const x = new XMLHttpRequest();
  x.open('GET', '/api/comment/list/?aweme_id=2', false);
  x.send();
  return {
    wrapped: describe(window),
    native: describe(frame.contentWindow),
    fetchKeys: JSON.stringify(Object.getOwnPropertyDescriptor(window, 'fetch')),
    nativeFetchKeys: JSON.stringify(Object.getOwnPropertyDescriptor(frame.contentWindow, 'fetch')),
    constructs,
    badUrl,
    bodyStillReadable: Array.isArray(ok.comments) && JSON.parse(x.responseText).comments.length > 0,
    toStringOfToString: Function.prototype.toString.toString(),
  };
})()`;

test('the wrapped fetch, XHR and toString look and behave like the natives', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://www.tiktok.com/@maya.moves');
  // A string, not a function: the test runner's compiler would add helpers the page lacks.
  const facts = (await page.evaluate(PROBE)) as Record<string, unknown>;
  assert.deepEqual(facts.wrapped, facts.native);
  // Same attributes; the values differ only because the frame's function is another object.
  assert.equal(
    String(facts.fetchKeys).replace(/"value":\{\}/, ''),
    String(facts.nativeFetchKeys).replace(/"value":\{\}/, ''),
  );
  assert.equal(facts.constructs, 'TypeError');
  assert.equal(facts.badUrl, 'TypeError');
  assert.equal(facts.bodyStillReadable, true);
  assert.equal(facts.toStringOfToString, 'function toString() { [native code] }');
  await page.close();
});

test('the popup says how many posts and comments the judgement rests on, and which posts', async () => {
  const url = 'https://www.tiktok.com/@maya.moves';
  const page = await ext.context.newPage();
  await page.goto(url);
  const record = await creator('tiktok:maya.moves');
  const popup = await openPopupFor(ext, await tabIdOf(ext, url));
  const line = popup.getByTestId('basis');
  await line.waitFor();
  const text = (await line.textContent()) ?? '';
  assert.match(
    text,
    new RegExp(`Judged on ${record.basis!.posts} posts and ${record.basis!.comments} comments`),
  );
  assert.match(text, /loaded by the page/);
  assert.match(text, new RegExp(MAYA.videos[0]!.id));
  await popup.close();
  await page.close();
});

test('no request went anywhere but the three sites', () => {
  const hosts = new Set(server.requests.map((u) => new URL(u).host));
  assert.deepEqual([...hosts].sort(), ['www.instagram.com', 'www.tiktok.com', 'www.youtube.com']);
});

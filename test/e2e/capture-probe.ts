// Cases of the capture tests that look at the page hook and the popup rather than the store:
// the wrapped fetch and XHR pass for the natives, and the popup names the judgement's basis.
import assert from 'node:assert/strict';
import { tabIdShowing, tid, waitFor } from './harness/tab';
import type { CaptureContext } from './capture-cases';
import { MAYA } from '../fixtures/sites/generate/tiktok-data';
import { MAYA_MORE, MAYA_OLDER } from '../fixtures/responses/bodies';

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
    nativeToStringOfToString: frame.contentWindow.Function.prototype.toString.toString(),
  };
})()`;

/** Evaluated as a string: the test runner's compiler would add helpers the page lacks. */
const runProbe = (source: string) => (0, eval)(source) as Promise<Record<string, unknown>>;

export async function wrappedLikeNatives({ session }: CaptureContext): Promise<void> {
  const page = await session.openSite('https://www.tiktok.com/@maya.moves');
  const facts = await page.evaluate(runProbe, PROBE);
  assert.deepEqual(facts.wrapped, facts.native);
  // Same attributes; the values differ only because the frame's function is another object.
  assert.equal(
    String(facts.fetchKeys).replace(/"value":\{\}/, ''),
    String(facts.nativeFetchKeys).replace(/"value":\{\}/, ''),
  );
  assert.equal(facts.constructs, 'TypeError');
  assert.equal(facts.badUrl, 'TypeError');
  assert.equal(facts.bodyStillReadable, true);
  // Each browser prints natives its own way (Firefox over three lines): compare with the frame's.
  assert.match(
    String(facts.toStringOfToString),
    /^function toString\(\) \{\s+\[native code\]\s+\}$/,
  );
  assert.equal(facts.toStringOfToString, facts.nativeToStringOfToString);
  await page.close();
}

export async function popupNamesBasis({ session, options, creator }: CaptureContext) {
  const url = 'https://www.tiktok.com/@maya.moves';
  const page = await session.openSite(url);
  const popup = await session.openExtensionPage(
    `popup.html?tab=${await tabIdShowing(options, url)}`,
  );
  await waitFor(popup, tid('basis'));
  const text = await popup.evaluate(
    (sel) => document.querySelector(sel)?.textContent ?? '',
    tid('basis'),
  );
  // Pinned videos stay out of the figures, and so out of the count the popup names first: the
  // judged and the pinned videos it names add up to the record's basis.
  const judged = Number(/Judged on (\d+) videos and (\d+) comments/.exec(text)?.[1]);
  const pinnedSaid = Number(/(\d+) more videos? (?:are|is) pinned/.exec(text)?.[1] ?? 0);
  const record = await creator('tiktok:maya.moves');
  assert.equal(judged + pinnedSaid, record.basis!.posts, text);
  assert.match(text, new RegExp(`videos and ${record.basis!.comments} comments`));
  assert.match(text, /loaded by the page/);
  assert.match(text, new RegExp(MAYA.videos[0]!.id));
  await popup.close();
  await page.close();
}

/** The popup stays open while the page loads more: its verdict and basis follow the record. */
export async function popupFollowsLoads({ session, options, visit }: CaptureContext) {
  const url = 'https://www.tiktok.com/@maya.moves';
  // Pinned videos stay out of the figures, and so out of the count the popup names first.
  const pinned = MAYA.videos.filter((v) => v.pinned).length;
  const all = MAYA.videos.length + MAYA_MORE.length;
  const settled = all - pinned;
  await visit(url, 'tiktok:maya.moves', (p) => p.length >= all);
  const page = await session.openSite(url);
  const popup = await session.openExtensionPage(
    `popup.html?tab=${await tabIdShowing(options, url)}`,
  );
  await waitFor(popup, tid('basis'), `Judged on ${settled} videos`);
  // The vetting sections are in (they read the full record once): what follows is news.
  await waitFor(popup, tid('manual-fold'));
  // The marketer scrolls on: the page loads older videos while the popup is open.
  await page.evaluate(
    () => fetch('/api/post/item_list/?aid=1988&secUid=MS4wLjABAAAAmaya&count=16&cursor=50'),
    null,
  );
  await waitFor(popup, tid('basis'), `Judged on ${settled + MAYA_OLDER.length} videos`);
  await popup.close();
  await page.close();
}

// Registers the capture tests for one browser: capture.test.ts (Chromium) and
// firefox/capture.test.ts (Firefox) call this with their own launched extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAPTURE_CASES, type CaptureContext } from './capture-cases';
import { popupFollowsLoads, popupNamesBasis, wrappedLikeNatives } from './capture-probe';
import { SITE_HOSTS } from './harness/cert';

/** `prefix` names the browser in the test names; the getters are read once `before` has run. */
export function captureTests(
  prefix: string,
  context: () => CaptureContext,
  servedUrls: () => string[],
): void {
  for (const [name, run] of CAPTURE_CASES) test(`${prefix}${name}`, () => run(context()));

  test(`${prefix}the wrapped fetch, XHR and toString look and behave like the natives`, () =>
    wrappedLikeNatives(context()));

  test(`${prefix}the popup says how many posts and comments the judgement rests on, and which posts`, () =>
    popupNamesBasis(context()));

  test(`${prefix}the open popup follows what the page loads meanwhile`, () =>
    popupFollowsLoads(context()));

  test(`${prefix}no request went anywhere but the sites' own hosts`, () => {
    const hosts = new Set(servedUrls().map((u) => new URL(u).host));
    assert.deepEqual([...hosts].sort(), [...SITE_HOSTS].sort());
  });
}

// The extension pages' first paint in real Chromium: every script it runs is named in the
// page's HTML, so the browser requests them all while it parses the page, instead of finding
// each level of imports only after the level above has arrived (a round trip per level), and
// they are few files (scripts/first-paint-chunks.ts).
// What loads after the paint (the popup's vetting sections, the message contract) is not
// requested before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { fixturePages } from './harness/fixture-server';
import { extensionPerFile } from './harness/per-file';
import { extensionPage, tabIdOf, waitForRow } from './harness/extension-pages';

const running = extensionPerFile();

/** Notes when the ready marker first appears (performance.now(), page-relative). */
const watch = (testId: string) => `(() => {
  const seen = () => {
    if (window.__readyAt !== undefined || !document.querySelector('[data-testid="${testId}"]')) return;
    window.__readyAt = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
})();`;

interface Request {
  file: string;
  initiator: string;
  at: number;
}

/** Opens `path`, and lists the scripts it requested before `testId` was in the DOM. */
async function scriptsBeforeReady(path: string, testId: string): Promise<Request[]> {
  const page: Page = await running.ext.context.newPage();
  try {
    await page.addInitScript({ content: watch(testId) });
    const cdp = await running.ext.context.newCDPSession(page);
    const requests: Request[] = [];
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!e.request.url.endsWith('.js')) return;
      const file = e.request.url.split('/').pop()!;
      requests.push({ file, initiator: e.initiator.type, at: e.wallTime * 1000 });
    });
    await cdp.send('Network.enable');
    await page.goto(`chrome-extension://${running.ext.extensionId}/${path}`);
    await page.getByTestId(testId).first().waitFor();
    await page.waitForFunction(() => '__readyAt' in window);
    const readyAt = await page.evaluate(
      () => performance.timeOrigin + (window as unknown as { __readyAt: number }).__readyAt,
    );
    return requests.filter((r) => r.at < readyAt);
  } finally {
    await page.close();
  }
}

function assertAllFromHtml(requests: Request[], ui: RegExp) {
  assert.ok(
    requests.some((r) => ui.test(r.file)),
    `the UI chunk was loaded: ${requests.map((r) => r.file).join(', ')}`,
  );
  // Each file is a request to the extension's loader; the automatic split made 21-25.
  assert.ok(requests.length <= 10, `at most 10 script files: ${requests.length}`);
  const late = requests.filter((r) => r.initiator !== 'parser');
  assert.deepEqual(
    late.map((r) => `${r.file} (${r.initiator})`),
    [],
    'every script before the first paint was named in the HTML',
  );
}

test('the popup requests every first-paint script from its HTML, and the rest after', async () => {
  const profile = fixturePages().find((p) => p.kind === 'profile')!;
  const tab = await running.ext.context.newPage();
  await tab.goto(profile.url);
  const options = await extensionPage(running.ext, 'options.html');
  await waitForRow(options, 'creators', () => true, 15000);
  await options.close();
  const tabId = await tabIdOf(running.ext, profile.url);
  const requests = await scriptsBeforeReady(`popup.html?tab=${tabId}`, 'popup-ready');
  assertAllFromHtml(requests, /^PopupApp-/);
  const early = requests.filter((r) => /^(sections|messages|model)-/.test(r.file));
  assert.deepEqual(early, [], 'no vetting section or message contract before the paint');
  await tab.close();
});

test('the shortlist requests every first-paint script from its HTML', async () => {
  const requests = await scriptsBeforeReady('shortlist.html', 'shortlist-ready');
  assertAllFromHtml(requests, /^ShortlistApp-/);
  assert.ok(!requests.some((r) => /^(writers|PeopleTable|model)-/.test(r.file)));
});

// Single-page behaviour in real Chromium: an in-place navigation to another creator is read
// and stored, non-creator pages get no work, and a reloaded extension leaves no errors behind.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { fixturePages, startFixtureServer, type RunningServer } from './harness/fixture-server';
import {
  extensionPage,
  openPopupFor,
  readStore,
  tabIdOf,
  waitForRow,
} from './harness/extension-pages';

let server: RunningServer;
let ext: ExtensionBrowser;
const instagram = fixturePages().filter((p) => p.kind === 'profile' && p.url.includes('instagram'));

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension(server.port);
});
after(async () => {
  await ext?.close();
  await server?.close();
});

/** Swaps the document for another page's markup and pushes its URL, as the sites' routers do. */
async function navigateInPlace(page: import('playwright-core').Page, url: string) {
  await page.evaluate(async (target) => {
    const html = await (await fetch(target)).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    history.pushState({}, '', target);
    document.head.replaceWith(document.adoptNode(next.head));
    document.body.replaceWith(document.adoptNode(next.body));
  }, url);
}

test('an in-place navigation to another creator is read and stored', async () => {
  const [first, second] = instagram;
  assert.ok(first && second);
  const page = await ext.context.newPage();
  await page.goto(first.url);
  const options = await extensionPage(ext, 'options.html');
  await waitForRow<{ profileUrl: string }>(options, 'creators', (c) => c.profileUrl === first.url);
  await navigateInPlace(page, second.url);
  const stored = await waitForRow<{ profileUrl: string; handle: string }>(
    options,
    'creators',
    (c) => c.profileUrl === second.url,
  );
  const popup = await openPopupFor(ext, await tabIdOf(ext, second.url));
  await popup.getByTestId('creator-handle').waitFor();
  assert.equal(await popup.getByTestId('creator-handle').textContent(), `@${stored.handle}`);
});

test('a page that is not a creator page gets no reading, and the popup says so', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://www.instagram.com/explore/');
  const options = await extensionPage(ext, 'options.html');
  const before = (await readStore(options, 'creators')).length;
  const popup = await openPopupFor(ext, await tabIdOf(ext, 'https://www.instagram.com/explore/'));
  await popup.getByTestId('popup-reason').waitFor();
  assert.match((await popup.getByTestId('popup-reason').textContent()) ?? '', /not a creator page/);
  assert.equal((await readStore(options, 'creators')).length, before);
});

test('after the extension reloads, the orphaned content script stops without errors', async () => {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(instagram[0]!.url);
  await page.waitForTimeout(600);
  const worker = await ext.worker();
  await worker
    .evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { reload(): void } } }
      ).chrome.runtime.reload(),
    )
    .catch(() => {});
  await page.waitForTimeout(500);
  // New elements would make a live script read and send; the orphan must notice and stop.
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('div'), { textContent: 'more' })),
  );
  await page.waitForTimeout(2500);
  assert.deepEqual(
    errors.filter((e) => /context invalidated|creator/i.test(e)),
    [],
  );
});

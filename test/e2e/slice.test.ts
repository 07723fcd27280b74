// The skeleton's vertical slice in real Chromium: read a profile, store it, show it in the
// popup, save it to the shortlist, export a CSV; and survive a stopped service worker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import {
  FIXTURE_DIR,
  fixturePages,
  startFixtureServer,
  type RunningServer,
} from './harness/fixture-server';
import {
  extensionPage,
  openPopupFor,
  readStore,
  tabIdOf,
  waitForRow,
} from './harness/extension-pages';
import { stopServiceWorker } from './harness/stop-worker';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/e2e');
mkdirSync(ARTIFACTS, { recursive: true });

let server: RunningServer;
let ext: ExtensionBrowser;
const requested: string[] = [];
const profiles = fixturePages().filter(
  (p) => p.kind === 'profile' && p.url.includes('instagram.com'),
);
const [first, second] = profiles;
const expected = (file: string) =>
  JSON.parse(readFileSync(resolve(FIXTURE_DIR, file.replace(/\.html$/, '.expected.json')), 'utf8'));

interface StoredCreator {
  id: string;
  handle: string;
  displayName: string | null;
  followers: { value: number } | null;
}

before(async () => {
  assert.ok(first && second, 'pages.json lists at least two Instagram profiles');
  server = await startFixtureServer();
  ext = await launchWithExtension(server.port);
  ext.context.on('request', (request) => requested.push(request.url()));
});
after(async () => {
  await ext?.close();
  await server?.close();
});

test('a profile is read, stored, shown in the popup, saved and exported as CSV', async () => {
  const want = expected(first!.file);
  const site = await ext.context.newPage();
  await site.goto(first!.url);
  const options = await extensionPage(ext, 'options.html');
  const stored = await waitForRow<StoredCreator>(
    options,
    'creators',
    (c) => c.handle === want.handle,
  );
  assert.equal(stored.followers?.value, want.followers.value);
  assert.equal(stored.displayName, want.displayName);

  const popup = await openPopupFor(ext, await tabIdOf(ext, first!.url));
  await popup.getByTestId('creator-handle').waitFor();
  assert.equal(await popup.getByTestId('creator-handle').textContent(), `@${want.handle}`);
  assert.equal(await popup.getByTestId('creator-name').textContent(), want.displayName);
  const shownFollowers = (await popup.getByTestId('followers').textContent()) ?? '';
  assert.match(shownFollowers.replace(/\D/g, ''), new RegExp(`^${want.followers.value}$`));
  await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-slice.png') });

  await popup.getByTestId('shortlist-toggle').click();
  await popup.getByTestId('on-shortlist').waitFor();
  const saved = await waitForRow<{ creatorId: string }>(
    options,
    'shortlist',
    (e) => e.creatorId === stored.id,
  );
  assert.equal(saved.creatorId, `instagram:${want.handle.toLowerCase()}`);

  const shortlist = await extensionPage(ext, 'shortlist.html');
  await shortlist.getByTestId('export-csv').waitFor();
  const [download] = await Promise.all([
    shortlist.waitForEvent('download'),
    shortlist.getByTestId('export-csv').click(),
  ]);
  const csvPath = resolve(ARTIFACTS, 'shortlist-slice.csv');
  await download.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 BOM');
  assert.ok(csv.includes('\r\n'), 'CRLF line endings');
  assert.ok(csv.includes(want.handle), 'the saved handle is in the CSV');
  assert.ok(csv.includes(String(want.followers.value)), 'the follower count is in the CSV');
  for (const page of [site, popup, shortlist, options]) await page.close();
});

test('stopping the service worker mid-flow loses nothing', async () => {
  const options = await extensionPage(ext, 'options.html');
  const before = await readStore<{ creatorId: string }>(options, 'shortlist');
  await stopServiceWorker(ext);
  // A new reading wakes the worker again and is stored.
  const site = await ext.context.newPage();
  await site.goto(second!.url);
  const want = expected(second!.file);
  const stored = await waitForRow<StoredCreator>(
    options,
    'creators',
    (c) => c.handle === want.handle,
  );
  assert.equal(stored.followers?.value, want.followers.value);
  // Earlier work is still there, and the popup still saves.
  assert.deepEqual(await readStore(options, 'shortlist'), before);
  const popup = await openPopupFor(ext, await tabIdOf(ext, second!.url));
  await popup.getByTestId('shortlist-toggle').click();
  await waitForRow<{ creatorId: string }>(options, 'shortlist', (e) => e.creatorId === stored.id);
  assert.equal((await readStore(options, 'shortlist')).length, before.length + 1);
});

test('the extension requested nothing: every request is a page or something its HTML names', () => {
  assert.ok(requested.length > 0);
  const pages = fixturePages();
  const html = pages.map((p) => readFileSync(resolve(FIXTURE_DIR, p.file), 'utf8')).join('\n');
  for (const url of requested) {
    const { protocol } = new URL(url);
    if (['chrome-extension:', 'blob:', 'data:'].includes(protocol)) continue;
    // A request the content script or the worker made would name a URL no fixture contains.
    const fromFixture =
      pages.some((p) => p.url === url) || html.includes(url) || url.endsWith('/favicon.ico');
    assert.ok(fromFixture, `unexpected request: ${url}`);
  }
});

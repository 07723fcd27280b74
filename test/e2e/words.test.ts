// Words for people on every page: the popup for every fixture creator (folds open), the
// shortlist, options, costs & ROI and sources, in light and dark mode. Fails on internal ids,
// seed tags, file names, language codes, float noise, doubled parentheses, "undefined", "NaN",
// "[object Object]", and on text that overflows its box.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { fixturePages, startFixtureServer, type RunningServer } from './harness/fixture-server';
import { extensionPage, openPopupFor, tabIdOf, waitForRow } from './harness/extension-pages';
import { openAllFolds, readWords, tokenProblems } from './harness/words';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/e2e/words');
mkdirSync(ARTIFACTS, { recursive: true });
const pages = fixturePages();
const profiles = pages.filter((p) => p.kind === 'profile');

let server: RunningServer;
let ext: ExtensionBrowser;
let watcher: Page;

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension(server.port);
  watcher = await extensionPage(ext, 'options.html');
  // Posts first (comments and captions as evidence), then the profiles, which stay open.
  for (const p of pages.filter((p) => p.kind === 'post')) {
    const tab = await ext.context.newPage();
    await tab.goto(p.url);
    await tab.close();
  }
  for (const p of profiles) {
    const tab = await ext.context.newPage();
    await tab.goto(p.url);
  }
  await waitForRow<{ id: string }>(watcher, 'creators', () => true);
});
after(async () => {
  await ext?.close();
  await server?.close();
});

async function checkWords(page: Page, name: string): Promise<void> {
  await openAllFolds(page);
  const problems: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { text, overflow } = await readWords(page);
    assert.ok(text.length > 100, `${name} drew its text`);
    problems.push(...tokenProblems(text), ...overflow.map((o) => `overflow: ${o}`));
    await page.screenshot({ path: resolve(ARTIFACTS, `${name}-${scheme}.png`), fullPage: true });
  }
  assert.deepEqual([...new Set(problems)], [], `${name}: words for people`);
}

for (const profile of profiles) {
  const name = profile.file.replace(/\.html$/, '').replace(/\//g, '-');
  test(`popup for ${name}`, async () => {
    const popup = await openPopupFor(ext, await tabIdOf(ext, profile.url));
    await popup.getByTestId('fraud-signals').waitFor({ state: 'attached', timeout: 15000 });
    // Saved, so the shortlist and costs pages have every creator to show.
    const toggle = popup.getByTestId('shortlist-toggle');
    if ((await toggle.textContent())?.includes('Save')) await toggle.click();
    await popup.getByTestId('on-shortlist').waitFor();
    await checkWords(popup, `popup-${name}`);
    await popup.close();
  });
}

for (const [file, ready] of [
  ['shortlist.html', 'export-csv'],
  ['options.html', 'options-ready'],
  ['campaigns.html', 'campaigns-ready'],
  ['sources.html', 'sources-ready'],
] as const) {
  test(`${file}`, async () => {
    const page = await extensionPage(ext, file);
    await page.getByTestId(ready).first().waitFor({ state: 'attached', timeout: 15000 });
    await checkWords(page, file.replace('.html', ''));
    await page.close();
  });
}

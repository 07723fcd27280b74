// The marketer's journey in real Chromium: visit a creator on each of the three sites, vet
// and save them in the popup, work the shortlist (search, filter, status, tags, notes),
// export a CSV and check its cells; then import it into a fresh browser profile, check the
// data is the same, and export again: the two files must be byte-identical.
// The steps are shared with Firefox (firefox-journey.test.ts); keyboard and axe checks are here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeProblems } from './harness/axe';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { chromiumSession, extensionPage } from './harness/extension-pages';
import { startFixtureServer, type RunningServer } from './harness/fixture-server';
import { playwrightTab } from './harness/tab';
import { importAndCompare, workShortlistAndExport } from './journey-flow';
import { journeyProfiles, vetByHand, visitAndSave, type StoredCreator } from './journey-steps';
import { SITE_IDS } from '../../src/sites/table';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/e2e');
mkdirSync(ARTIFACTS, { recursive: true });
const CSV = resolve(ARTIFACTS, 'journey-export.csv');
const profiles = journeyProfiles();

let server: RunningServer;
let first: ExtensionBrowser;
let fresh: ExtensionBrowser | undefined;
const saved: StoredCreator[] = [];

before(async () => {
  server = await startFixtureServer();
  first = await launchWithExtension(server.port);
});
after(async () => {
  await fresh?.close();
  await first?.close();
  await server?.close();
});

test('vet and save one creator from each site in the popup', async () => {
  for (const [i, p] of profiles.entries())
    saved.push(
      await visitAndSave(chromiumSession(first), p.url, p.handle, i ? undefined : vetByHand),
    );
  assert.deepEqual(
    saved.map((c) => c.platform),
    [...SITE_IDS],
  );
});

test('the shortlist finds, filters and edits them; the export carries every change', async () => {
  const page = await extensionPage(first, 'shortlist.html');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await workShortlistAndExport(playwrightTab(page), profiles, saved, CSV);
  await page.screenshot({ path: resolve(ARTIFACTS, 'shortlist.png'), fullPage: true });
  assert.deepEqual(errors, [], 'no errors on the shortlist page');
  await page.close();
});

async function assertNoAxeProblems(page: Page, what: string) {
  assert.deepEqual(await axeProblems(page), [], what);
}

test('the shortlist page is usable by keyboard and has no serious axe violations, light or dark', async () => {
  const page = await extensionPage(first, 'shortlist.html');
  await page.getByTestId('shortlist-ready').waitFor();
  // Up and down arrows move between rows, in the same column.
  await page.getByTestId('row-select').first().focus();
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { testId: el?.dataset.testid, row: el?.closest('tr')?.dataset.index };
  });
  assert.deepEqual(focused, { testId: 'row-select', row: '1' });
  await page.getByTestId('row-open').first().click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await assertNoAxeProblems(page, colorScheme);
  }
  await page.screenshot({ path: resolve(ARTIFACTS, 'shortlist-dark.png') });
  await page.close();
});

test('import into a fresh profile gives the same data and a byte-identical export', async () => {
  fresh = await launchWithExtension(server.port);
  const freshSession = chromiumSession(fresh);
  // The preview's accessibility is checked on the Playwright page behind the tab.
  const shortlistPage = () =>
    fresh!.context.pages().find((p) => p.url().endsWith('shortlist.html'));
  await importAndCompare(
    freshSession,
    chromiumSession(first),
    CSV,
    resolve(ARTIFACTS, 'journey-reexport.csv'),
    () => assertNoAxeProblems(shortlistPage()!, 'import preview'),
  );
});

// Costs and ROI in real Chromium: three creators read from their profiles and shortlisted,
// costs and results typed in, two test cells compared against hand-computed figures with the
// fairness warnings, kept across a reload, axe-clean, and the ROI columns of the CSV export.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { fixturePages, startFixtureServer, type RunningServer } from './harness/fixture-server';
import {
  extensionPage,
  openPopupFor,
  readStore,
  tabIdOf,
  waitForRow,
} from './harness/extension-pages';
import { axeProblems } from './harness/axe';
import { byCreator, checkRoiCells, ENTRIES, HANDLES, ID, type Handle } from './roi-figures';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/e2e');
mkdirSync(ARTIFACTS, { recursive: true });
const profiles = HANDLES.map((h) =>
  fixturePages().find((p) => p.kind === 'profile' && p.url.includes(h))!,
);

let server: RunningServer;
let ext: ExtensionBrowser;
let page: Page;

before(async () => {
  assert.ok(profiles.every(Boolean), 'pages.json lists the three profiles');
  server = await startFixtureServer();
  ext = await launchWithExtension(server.port);
});
after(async () => {
  await ext?.close();
  await server?.close();
});

async function type(scope: Locator, label: string, text: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.fill(text);
  await input.press('Tab'); // fields parse on change, as when the marketer leaves them
}

const saved = () => page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
const metric = (handle: Handle, id: string) =>
  page
    .locator(`.roi-metrics tr[data-creator="${ID[handle]}"] td[data-metric="${id}"]`)
    .textContent();

test('three creators are read and saved to the shortlist', async () => {
  const options = await extensionPage(ext, 'options.html');
  for (const [i, handle] of HANDLES.entries()) {
    const site = await ext.context.newPage();
    await site.goto(profiles[i]!.url);
    await waitForRow<{ id: string }>(options, 'creators', (c) => c.id === ID[handle]);
    const popup = await openPopupFor(ext, await tabIdOf(ext, profiles[i]!.url));
    await popup.getByTestId('shortlist-toggle').click();
    await popup.getByTestId('on-shortlist').waitFor();
    await Promise.all([popup.close(), site.close()]);
  }
  assert.equal((await readStore(options, 'shortlist')).length, 3);
  await options.close();
});

test('costs and results for each creator give the hand-computed metrics', async () => {
  page = await extensionPage(ext, `campaigns.html#${encodeURIComponent(ID['maya.moves'])}`);
  await page.getByTestId('campaigns-ready').waitFor();
  // The address named maya.moves: her section is open and has the focus.
  const opened = page.getByTestId('creator-costs-maya.moves');
  assert.equal(await opened.getByRole('button').first().getAttribute('aria-expanded'), 'true');
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    '@maya.moves (TikTok, Micro (10K–100K))',
  );
  for (const handle of HANDLES) {
    const section = page.getByTestId(`creator-costs-${handle}`);
    const toggle = section.getByRole('button', { name: /costs and results of/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    for (const [label, text] of ENTRIES[handle]) await type(section, label, text);
    await type(section, 'Attribution window (days)', '30');
    await section.getByLabel('Campaign goal', { exact: true }).selectOption('conversion');
  }
  await saved();
  assert.equal(await metric('maya.moves', 'cpa'), '$50.00'); // 1,350 ÷ 27
  assert.equal(await metric('lena.bakes', 'cpa'), '$19.86'); // 417 ÷ 21
  assert.equal(await metric('mara.keramik', 'roas'), '3.13×'); // 1,900 ÷ 607
  assert.equal(await metric('maya.moves', 'roiProfit'), '4.0%'); // (1,404 − 1,350) ÷ 1,350
  assert.match((await metric('lena.bakes', 'cpm')) ?? '', /^n\/a \(impressions not entered\)$/);
});

test('two cells answer "nano bundle or micro?" with the fairness warnings, and persist', async () => {
  const cells = page.locator('.cmp-cell');
  const makeCell = async (name: string, handles: string[]) => {
    await page.getByTestId('add-cell').click();
    const cell = cells.last();
    await type(cell, 'Cell name', name);
    for (const h of handles)
      await cell.getByRole('checkbox', { name: new RegExp(`^@${h.replace('.', '\\.')} `) }).check();
    return cell;
  };
  // The fixtures hold one nano (lena.bakes, 8.4k); mara.keramik (12.6k) stands in as the second.
  const micro = await makeCell('Micro creator', ['maya.moves']);
  await micro.getByLabel('Campaign goal', { exact: true }).selectOption('conversion');
  await type(micro, 'Planned budget (USD)', '1,350');
  await type(micro, 'Start date', '2026-06-01');
  await type(micro, 'End date', '2026-06-10');
  await type(micro, 'Attribution window (days)', '30');
  await makeCell('Nano bundle', ['lena.bakes', 'mara.keramik']); // copies the set-up
  await checkAnswer();
  // The save indicator may still show the previous "saved" for a moment: wait for the store.
  await waitForRow<{ name: string; creatorIds: string[] }>(
    page,
    'cells',
    (c) => c.name === 'Nano bundle' && c.creatorIds.length === 2,
  );
  await saved();
  await page.reload();
  await page.getByTestId('campaigns-ready').waitFor();
  await checkAnswer();
  assert.deepEqual(await axeProblems(page), []);
  await page.screenshot({ path: resolve(ARTIFACTS, 'campaigns.png'), fullPage: true });
});

async function checkAnswer() {
  const box = page.getByTestId('cell-comparison');
  assert.equal(
    await page.getByTestId('cell-answer').textContent(),
    'Nano bundle was the better buy on CPA and ROAS.',
  );
  const text = (await box.textContent()) ?? '';
  // CPA 1,350 ÷ 27 = 50 vs 1,024 ÷ 39 = 26.2564; ROAS 3,510 ÷ 1,350 = 2.60 vs 4,000 ÷ 1,024 = 3.91.
  assert.ok(text.includes('CPA: Micro creator $50.00, Nano bundle $26.26'), text);
  assert.ok(text.includes('ROAS: Micro creator 2.60×, Nano bundle 3.91×'));
  const fairness = page.getByTestId('fairness-warnings');
  assert.equal(await fairness.getAttribute('data-codes'), 'spendUnequal testTooShort testTooShort');
  assert.equal(
    await box.locator('.roi-warnings li[data-code="spendUnequal"]').textContent(),
    'Warning: Actual spend differs by 24.1%, more than the 10% tolerance. (Micro creator, Nano bundle)',
  );
  assert.equal(await box.locator('svg[role="img"]').count(), 3);
}

test('the CSV export carries the campaign (ROI) columns', async () => {
  const shortlist = await extensionPage(ext, 'shortlist.html');
  await shortlist.getByTestId('export-csv').waitFor();
  const [download] = await Promise.all([
    shortlist.waitForEvent('download'),
    shortlist.getByTestId('export-csv').click(),
  ]);
  const csvPath = resolve(ARTIFACTS, 'shortlist-roi.csv');
  await download.saveAs(csvPath);
  const exported = byCreator(readFileSync(csvPath, 'utf8'));
  assert.equal(exported.size, 3);
  assert.ok(
    'Campaign total cost' in exported.get(ID['maya.moves'])!,
    'the ROI headers are exported',
  );
  checkRoiCells(exported);
  await shortlist.close();
});

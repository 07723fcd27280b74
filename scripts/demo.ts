// `npm run demo`: builds the extension, serves the bundled sample creator pages under the real
// site addresses, and drives Chromium through the marketer's main job: visit, vet, save, export.
// With a display the browser stays open for you; without one it runs headless and writes
// full-page screenshots (light and dark), the exported CSV and both vetting reports to
// artifacts/demo/.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../test/e2e/harness/browser';
import { fixturePages, startFixtureServer } from '../test/e2e/harness/fixture-server';
import { extensionPage, openPopupFor, tabIdOf } from '../test/e2e/harness/extension-pages';
import { ENTRIES } from '../test/e2e/roi-figures';

const out = resolve(import.meta.dirname, '../artifacts/demo');
mkdirSync(out, { recursive: true });
execSync('npm run build', { stdio: 'inherit' });

/** A full-page screenshot in light and in dark mode: `<name>-light.png`, `<name>-dark.png`. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: resolve(out, `${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: null });
}

/** Clicks a button that downloads a file and keeps it in artifacts/demo under `name`. */
async function saveDownload(page: Page, testId: string, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = resolve(out, name);
  await file.saveAs(path);
  return path;
}

const headless = !process.env.DISPLAY;
const server = await startFixtureServer();
const ext = await launchWithExtension(server.port, { headless });
const pages = fixturePages();
const profiles = pages.filter((p) => p.kind === 'profile');
/** "instagram/lena-bakes-post-2025.html" → "instagram/lena-bakes": which creator a page is of. */
const creatorOf = (file: string) => file.replace(/-[a-z]+-\d{4}\.html$/, '');
console.log(
  `Sample pages served for ${profiles.length} creators; browser ${headless ? 'headless' : 'on your display'}.`,
);

for (const profile of profiles) {
  // As a marketer would: open a post or two (comments, captions, story, followers) before the
  // profile, so the verdict rests on what those pages show and not on the grid alone.
  for (const other of pages.filter(
    (p) => p !== profile && creatorOf(p.file) === creatorOf(profile.file),
  )) {
    const tab = await ext.context.newPage();
    await tab.goto(other.url);
    await tab.close();
  }
  const site = await ext.context.newPage();
  await site.goto(profile.url);
  const popup = await openPopupFor(ext, await tabIdOf(ext, profile.url));
  const toggle = popup.getByTestId('shortlist-toggle');
  await toggle.waitFor({ timeout: 10000 });
  // The folds below the first screen load as a second chunk: wait, so the page is whole.
  await popup.getByTestId('fraud-signals').waitFor({ state: 'attached', timeout: 10000 });
  const name = profile.file.replace(/\.html$/, '').replace(/\//g, '-');
  if ((await toggle.textContent())?.includes('Save')) await toggle.click();
  await popup.getByTestId('on-shortlist').waitFor();
  await shoot(popup, `popup-${name}`);
  const verdict = popup.getByTestId('verdict');
  const level = (await verdict.locator('.verdict-level').innerText()).replace(/\s+/g, ' ').trim();
  const reason = (
    await verdict
      .locator('.verdict-reasons li')
      .first()
      .innerText()
      .catch(() => '')
  )
    .replace(/\s+/g, ' ')
    .trim();
  console.log(`  ${profile.url}\n    ${level}${reason ? ` — ${reason}` : ''}`);
  if (profile === profiles[0]) await saveDownload(popup, 'save-report', 'vetting-report.html');
  await popup.close();
}

const shortlist = await extensionPage(ext, 'shortlist.html');
await shortlist.getByTestId('export-csv').waitFor();
await shortlist
  .getByTestId('shortlist-row')
  .nth(profiles.length - 1)
  .waitFor();
await shoot(shortlist, 'shortlist');
await saveDownload(shortlist, 'export-csv', 'shortlist.csv');
// Three creators side by side, one per platform, as an agency would send them.
const rows = shortlist.getByTestId('shortlist-row');
for (const i of [0, 2, 4]) await rows.nth(i).getByTestId('row-select').check();
await saveDownload(shortlist, 'bulk-report', 'shortlist-report.html');
// One creator's costs and results, typed as a marketer would, so the page shows its figures.
const costs = await extensionPage(
  ext,
  `campaigns.html#${encodeURIComponent('instagram:lena.bakes')}`,
);
await costs.getByTestId('campaigns-ready').waitFor();
const lena = costs.getByTestId('creator-costs-lena.bakes');
const typed: [string, string][] = [
  ...ENTRIES['lena.bakes'],
  ['Start date', '2026-10-01'],
  ['End date', '2026-10-31'],
];
for (const [label, text] of typed) {
  const input = lena.getByLabel(label, { exact: true });
  await input.fill(text);
  await input.press('Tab');
}
await costs.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
await shoot(costs, 'costs-and-roi');
for (const page of ['options', 'sources']) {
  const tab = await extensionPage(ext, `${page}.html`);
  await tab.getByTestId(`${page}-ready`).first().waitFor();
  await shoot(tab, page);
}
// The saved reports, opened from disk as the client would (offline, no script).
for (const report of ['vetting-report', 'shortlist-report']) {
  const tab = await ext.context.newPage();
  await tab.goto(pathToFileURL(resolve(out, `${report}.html`)).href);
  await shoot(tab, report);
  await tab.pdf({ path: resolve(out, `${report}.pdf`), format: 'A4' });
}
console.log(`Screenshots, shortlist.csv and both reports (HTML and PDF) written to ${out}`);

if (headless) {
  await ext.close();
  await server.close();
} else {
  console.log('The browser stays open: close its window (or press Ctrl+C) to end the demo.');
  ext.context.on('close', () => void server.close().then(() => process.exit(0)));
}

// The options page in real Chromium: brand profile and threshold overrides stored in settings,
// a full backup downloaded, a broken backup refused row by row with nothing changed, delete
// all behind a confirmation, and the backup restored whole; axe-clean in light and dark mode.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { fixturePages, startFixtureServer, type RunningServer } from './harness/fixture-server';
import { extensionPage, readStore, waitForRow } from './harness/extension-pages';
import { axeProblems } from './harness/axe';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/e2e');
mkdirSync(ARTIFACTS, { recursive: true });
const profiles = fixturePages()
  .filter((p) => p.kind === 'profile')
  .slice(0, 2);

let server: RunningServer;
let ext: ExtensionBrowser;
let options: Page;

interface StoredSettings {
  brand: { keywords: string[]; targetCountries: string[]; currency: string };
  thresholdOverrides: Record<string, number>;
}
const settings = async () => (await readStore<StoredSettings>(options, 'settings'))[0];
const ALL = ['creators', 'details', 'readings', 'checklists', 'shortlist', 'settings'];
const everything = async () =>
  Object.fromEntries(await Promise.all(ALL.map(async (s) => [s, await readStore(options, s)])));

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension(server.port);
  options = await extensionPage(ext, 'options.html');
  for (const p of profiles) {
    const site = await ext.context.newPage();
    await site.goto(p.url);
    await site.close();
  }
  await waitForRow(options, 'creators', () => true);
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.reload();
  await options.getByTestId('options-ready').waitFor();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

test('the options page is axe-clean in light and dark mode', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await axeProblems(options), [], `axe in ${scheme} mode`);
  }
  await options.emulateMedia({ colorScheme: 'light' });
  await options.screenshot({ path: resolve(ARTIFACTS, 'options.png') });
});

test('the brand profile and threshold overrides are stored in settings, and reset', async () => {
  await options.getByTestId('brand-keywords').fill('sourdough, bakery\n#breadmaking, Sourdough');
  await options.getByTestId('brand-targetCountries').fill('de, at');
  await options.getByTestId('brand-currency').fill('eur');
  await options.getByTestId('brand-save').click();
  await options.getByTestId('brand-status').getByText(/saved/).waitFor();
  const brand = (await settings())!.brand;
  assert.deepEqual(brand.keywords, ['sourdough', 'bakery', '#breadmaking']);
  assert.deepEqual([brand.targetCountries, brand.currency], [['DE', 'AT'], 'EUR']);

  // Thresholds fold by signal; story views are a share, typed in percent.
  const group = options.locator('details[data-signal="story-views"]');
  await group.locator('summary').click();
  const row = group.locator('tr[data-threshold-id]').first();
  const id = (await row.getAttribute('data-threshold-id'))!;
  assert.match((await row.textContent()) ?? '', /\d%.*(guide|default)/i);
  assert.ok(!(await row.textContent())?.includes(id), 'no id in the row a marketer reads');
  await row.locator('input').fill('not a number');
  await options.getByTestId('thresholds-save').click();
  assert.equal(await row.locator('input').getAttribute('aria-invalid'), 'true');
  assert.deepEqual((await settings())!.thresholdOverrides, {});
  await row.locator('input').fill('3');
  await options.getByTestId('thresholds-save').click();
  await options
    .getByTestId('thresholds-status')
    .getByText(/1 overridden/)
    .waitFor();
  assert.deepEqual((await settings())!.thresholdOverrides, { [id]: 0.03 });
  await row.getByRole('button', { name: /Reset/ }).click();
  await options.getByTestId('thresholds-save').click();
  await options
    .getByTestId('thresholds-status')
    .getByText(/0 overridden/)
    .waitFor();
  assert.deepEqual((await settings())!.thresholdOverrides, {});
});

test('backup, a refused broken restore, delete all, then a restore brings everything back', async () => {
  const before = await everything();
  assert.ok(before.creators.length >= 1);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('backup-download').click(),
  ]);
  const backupPath = resolve(ARTIFACTS, 'options-backup.json');
  await download.saveAs(backupPath);
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  assert.equal(backup.format, 'creator-vetting-backup');
  assert.equal(backup.creators.length, before.creators.length);

  // One bad row among good ones: the whole file is refused, the row is named, nothing changes.
  const broken = structuredClone(backup);
  broken.creators[0].followers = { value: -5, low: 0, high: 0, source: 'text', raw: '' };
  const brokenPath = resolve(ARTIFACTS, 'options-backup-broken.json');
  writeFileSync(brokenPath, JSON.stringify(broken));
  await options.getByTestId('restore-file').setInputFiles(brokenPath);
  await options.getByTestId('restore-errors').waitFor();
  const errors = await options.getByTestId('restore-error').allTextContents();
  assert.ok(
    errors.some((e) =>
      /^Creator 1 \(@[\w.]+\), followers, value: expected 0 or more; found “-5”/.test(e),
    ),
    errors.join('\n'),
  );
  await options
    .getByTestId('restore-errors')
    .screenshot({ path: resolve(ARTIFACTS, 'options-restore-refused.png') });
  // Said in words: no zod path or text.
  assert.ok(!errors.some((e) => /\[\d+\]|Invalid|Too small/.test(e)), errors.join('\n'));
  assert.equal(await options.getByTestId('restore-commit').count(), 0);
  assert.deepEqual(await everything(), before);

  await options.getByTestId('delete-all').click();
  await options.getByTestId('delete-all-confirm').click();
  await options
    .getByTestId('options-status')
    .getByText(/deleted/)
    .waitFor();
  for (const store of ALL) assert.deepEqual(await readStore(options, store), [], store);

  await options.getByTestId('restore-file').setInputFiles(backupPath);
  await options.getByTestId('restore-preview').waitFor();
  await options.getByTestId('restore-commit').click();
  await options
    .getByTestId('options-status')
    .getByText(/Restored/)
    .waitFor();
  assert.deepEqual(await everything(), before);
  // The restored brand profile is what the form shows again.
  assert.match(await options.getByTestId('brand-keywords').inputValue(), /sourdough/);
});

test('rescore all scores every stored creator again with the current settings', async () => {
  const before = await readStore<{ id: string; score: { computedAt: string } | null }>(
    options,
    'creators',
  );
  await options.getByTestId('rescore-all').click();
  const n = before.length;
  await options
    .getByTestId('rescore-status')
    .getByText(`Rescored ${n} of ${n} creators (0 failed)`)
    .waitFor();
  const after = await readStore<{ id: string; score: { computedAt: string } | null }>(
    options,
    'creators',
  );
  for (const record of after) {
    const old = before.find((b) => b.id === record.id)?.score?.computedAt ?? '';
    assert.ok(record.score && record.score.computedAt > old, `${record.id} rescored`);
  }
});

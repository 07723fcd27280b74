// The marketer's journey in real Chromium: visit a creator on each of the three sites, vet
// and save them in the popup, work the shortlist (search, filter, status, tags, notes),
// export a CSV and check its cells; then import it into a fresh browser profile, check the
// data is the same, and export again: the two files must be byte-identical.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { extensionPage, readStore } from './harness/extension-pages';
import {
  FIXTURE_DIR,
  fixturePages,
  startFixtureServer,
  type RunningServer,
} from './harness/fixture-server';
import {
  csvRecords,
  exportTo,
  row,
  seriousAxeViolations,
  vetByHand,
  visitAndSave,
  waitForCount,
  type AxeViolation,
  type StoredCreator,
} from './journey-steps';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/e2e');
mkdirSync(ARTIFACTS, { recursive: true });
const HOSTILE_NOTE = '=HYPERLINK("https://evil.example","click")';

/** The first profile page of each site, with what the page is known to show. */
const profiles = ['instagram', 'tiktok', 'youtube'].map((site) => {
  const page = fixturePages().find((p) => p.kind === 'profile' && p.url.includes(`${site}.com`));
  assert.ok(page, `pages.json lists a ${site} profile`);
  const expected = JSON.parse(
    readFileSync(resolve(FIXTURE_DIR, page.file.replace(/\.html$/, '.expected.json')), 'utf8'),
  ) as { handle: string; followers: { value: number } };
  return { url: page.url, handle: expected.handle, followers: expected.followers.value };
});

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

const step = (name: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${name}`);

test('vet and save one creator from each site in the popup', async () => {
  for (const [i, p] of profiles.entries())
    saved.push(await visitAndSave(first, p.url, p.handle, i === 0 ? vetByHand : undefined));
  assert.deepEqual(
    saved.map((c) => c.platform),
    ['instagram', 'tiktok', 'youtube'],
  );
});

test('the shortlist finds, filters and edits them; the export carries every change', async () => {
  const page = await extensionPage(first, 'shortlist.html');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.getByTestId('shortlist-ready').waitFor();
  step('shortlist open');
  await waitForCount(page, '3 of 3 creators');
  await page.getByTestId('shortlist-search').fill(profiles[1]!.handle.slice(0, 4));
  await waitForCount(page, '1 of 3 creators');
  await page.getByTestId('shortlist-search').fill('');
  await page.getByTestId('filter-platform').selectOption('youtube');
  await waitForCount(page, '1 of 3 creators');
  await page.getByTestId('filter-platform').selectOption('');
  await waitForCount(page, '3 of 3 creators');

  step('searched and filtered');
  const [lena, maya] = saved as [StoredCreator, StoredCreator];
  await row(page, lena.id).getByTestId('row-status').selectOption('contacted');
  await row(page, maya.id).getByTestId('row-open').click();
  await page.getByTestId('editor-tags').fill('summer, food');
  await page.getByTestId('editor-notes').fill(HOSTILE_NOTE);
  await page.getByTestId('editor-save').click();
  await row(page, maya.id)
    .getByText('summer, food')
    .waitFor()
    .catch(async (error: Error) => {
      const text = await page.locator('tbody').textContent();
      throw new Error(`${error.message}\npage errors: ${errors.join('; ')}\nrows: ${text}`);
    });
  step('status, tags and notes set');
  await page.getByTestId('select-all').check();
  await page.getByTestId('bulk-tag').fill('q3');
  await page.getByTestId('bulk-tag-add').click();
  for (const c of saved) await row(page, c.id).getByText(/\bq3$/).waitFor();
  await page.screenshot({ path: resolve(ARTIFACTS, 'shortlist.png'), fullPage: true });

  step('bulk tag added');
  const csvPath = resolve(ARTIFACTS, 'journey-export.csv');
  const bytes = await exportTo(page, 'export-csv', csvPath);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  assert.ok(bytes.toString('utf8').endsWith('\r\n'), 'CRLF after the last record');
  const records = csvRecords(bytes);
  assert.equal(records.length, 3);
  const stored = await readStore<StoredCreator>(page, 'creators');
  for (const [i, p] of profiles.entries()) {
    const cells = records.find((r) => r['Handle'] === p.handle);
    assert.ok(cells, `a row for ${p.handle}`);
    assert.equal(cells['Followers'], String(p.followers));
    const tier = stored.find((c) => c.handle === p.handle)?.score?.tier ?? '';
    assert.equal(cells['Tier'], tier);
    assert.ok(cells['Tags']!.split(';').includes('q3'));
    assert.equal(cells['Status'], i === 0 ? 'contacted' : 'prospect');
  }
  const mayaCells = records.find((r) => r['Handle'] === profiles[1]!.handle)!;
  assert.equal(mayaCells['Tags'], 'summer;food;q3');
  assert.equal(mayaCells['Notes'], `'${HOSTILE_NOTE}`, 'the formula is neutralised');
  assert.deepEqual(errors, [], 'no errors on the shortlist page');
  await page.close();
});

const describeViolations = (violations: AxeViolation[]) =>
  violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );

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
    assert.deepEqual(describeViolations(await seriousAxeViolations(page)), [], colorScheme);
  }
  await page.screenshot({ path: resolve(ARTIFACTS, 'shortlist-dark.png') });
  await page.close();
});

test('import into a fresh profile gives the same data and a byte-identical export', async () => {
  fresh = await launchWithExtension(server.port);
  const page = await extensionPage(fresh, 'shortlist.html');
  await page.getByTestId('shortlist-ready').waitFor();
  await waitForCount(page, '0 of 0 creators');
  await page.getByTestId('import-file').setInputFiles(resolve(ARTIFACTS, 'journey-export.csv'));
  await page.getByTestId('import-preview').getByText('3 creators to import, 0 problems').waitFor();
  assert.deepEqual(describeViolations(await seriousAxeViolations(page)), [], 'import preview');
  await page.getByTestId('import-commit').click();
  await waitForCount(page, '3 of 3 creators');

  const before = await extensionPage(first, 'options.html');
  const comparable = async (p: typeof page) => {
    const entries = await readStore<{ creatorId: string }>(p, 'shortlist');
    const creators = await readStore<StoredCreator>(p, 'creators');
    return entries
      .map((e) => {
        const c = creators.find((r) => r.id === e.creatorId)!;
        const { handle, platform, displayName, followers, score } = c;
        return { entry: e, handle, platform, displayName, followers, tier: score?.tier };
      })
      .sort((a, b) => a.handle.localeCompare(b.handle));
  };
  assert.deepEqual(await comparable(page), await comparable(before));

  const again = await exportTo(page, 'export-csv', resolve(ARTIFACTS, 'journey-reexport.csv'));
  const original = readFileSync(resolve(ARTIFACTS, 'journey-export.csv'));
  assert.ok(again.equals(original), 'export → import → export gives the same bytes');
  await page.close();
  await before.close();
});

// The shortlist at 1200 px, as a marketer sees it: no column cuts its text, and the edit
// panel never hides the row being edited (its status, tags and last update stay visible, uncovered).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { fixturePages, startFixtureServer, type RunningServer } from './harness/fixture-server';
import { extensionPage, openPopupFor, tabIdOf, waitForRow } from './harness/extension-pages';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/e2e/shortlist-layout');
mkdirSync(ARTIFACTS, { recursive: true });
const profiles = fixturePages().filter((p) => p.kind === 'profile');

let server: RunningServer;
let ext: ExtensionBrowser;
let list: Page;
/** The verdict each popup led with, by profile URL: the shortlist must lead with the same. */
const popupVerdicts = new Map<string, string>();

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension(server.port);
  const watcher = await extensionPage(ext, 'options.html');
  for (const p of profiles) await (await ext.context.newPage()).goto(p.url);
  for (const p of profiles) {
    const popup = await openPopupFor(ext, await tabIdOf(ext, p.url));
    const level = await popup.getByTestId('verdict').getAttribute('data-level');
    popupVerdicts.set(p.url, level ?? '');
    await popup.getByTestId('shortlist-toggle').click();
    await popup.getByTestId('on-shortlist').waitFor();
    await popup.close();
  }
  await waitForRow(watcher, 'shortlist', () => true);
  await watcher.close();
  list = await extensionPage(ext, 'shortlist.html');
  await list.setViewportSize({ width: 1200, height: 900 });
  await list
    .getByTestId('shortlist-row')
    .nth(profiles.length - 1)
    .waitFor();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

/** Cells whose text is wider than the cell (cut, with or without an ellipsis). */
function cutCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.sl-scroll th, .sl-scroll td')]
      .filter((cell) => cell.textContent?.trim() && cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => `${cell.textContent!.trim()} (${cell.scrollWidth} > ${cell.clientWidth} px)`),
  );
}

/** True when the element is inside the viewport and nothing is drawn over its middle. */
async function uncovered(page: Page, target: Locator): Promise<boolean> {
  const handle = await target.elementHandle();
  return page.evaluate((el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth)
      return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  }, handle);
}

test('no column cuts its text at 1200 px, tags and dates included', async () => {
  const first = list.getByTestId('shortlist-row').first();
  await first.getByTestId('row-open').click();
  await list.getByTestId('editor-tags').fill('spring launch, vegan');
  await list.getByTestId('editor-save').click();
  await first.locator('.sl-tags').filter({ hasText: 'spring launch' }).waitFor();
  await list.getByRole('button', { name: 'Close' }).click();
  await list.getByTestId('entry-editor').waitFor({ state: 'detached' });
  await list.screenshot({ path: resolve(ARTIFACTS, 'shortlist-1200.png'), fullPage: true });
  assert.deepEqual(await cutCells(list), []);
});

test('each row leads with the verdict the popup gave, and the editor with its next step', async () => {
  const words: Record<string, string> = {
    book: 'Book',
    check: 'Check first',
    avoid: 'Avoid',
    unknown: 'Too little to judge',
  };
  const rows = list.getByTestId('shortlist-row');
  const seen: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const handle = (await rows.nth(i).locator('th .muted').textContent())!.replace('@', '').trim();
    const url = [...popupVerdicts.keys()].find((u) => u.includes(handle))!;
    const level = popupVerdicts.get(url)!;
    assert.ok(words[level], `the popup of ${handle} showed a verdict`);
    assert.equal(await rows.nth(i).getByTestId('row-verdict').textContent(), words[level]);
    seen.push(level);
  }
  assert.equal(seen.length, profiles.length);
  await rows.first().getByTestId('row-open').click();
  const summary = list.getByTestId('editor-verdict');
  assert.match((await summary.textContent()) ?? '', /^(Book|Check first|Avoid).+Next step: \S/s);
  await list.getByRole('button', { name: 'Close' }).click();
  await list.getByTestId('entry-editor').waitFor({ state: 'detached' });
  // The verdict filter narrows to the creators with that answer.
  await list.getByTestId('filter-verdict').selectOption(seen[0]!);
  const expected = seen.filter((l) => l === seen[0]).length;
  await list.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="shortlist-row"]').length === n,
    expected,
  );
  await list.getByTestId('filter-verdict').selectOption('');
  await rows.nth(profiles.length - 1).waitFor();
});

test('the edit panel leaves the row being edited in view: status, tags and last update', async () => {
  const rows = list.getByTestId('shortlist-row');
  for (const index of [0, (await rows.count()) - 1]) {
    const row = rows.nth(index);
    await row.getByTestId('row-open').click();
    const editor = list.getByTestId('entry-editor');
    await editor.waitFor();
    await list.screenshot({ path: resolve(ARTIFACTS, `editor-row-${index}.png`) });
    const cells = row.locator('td');
    const n = await cells.count();
    for (const [what, target] of [
      ['status', row.getByTestId('row-status')],
      ['tags', row.locator('.sl-tags')],
      ['updated', cells.nth(n - 1)],
    ] as const)
      assert.ok(await uncovered(list, target), `row ${index}: its ${what} stays visible`);
    assert.ok(await uncovered(list, list.getByTestId('editor-status')), 'the editor too');
    await editor.getByRole('button', { name: 'Close' }).click();
    await editor.waitFor({ state: 'detached' });
  }
});

// The vetting report to share, in real Chromium: saved from the popup (one creator, with a
// checklist decision and note of the marketer's) and from the shortlist (selected creators side
// by side), each a download. Each file is opened offline from disk: it must carry no script,
// load nothing (its CSP reports any attempt), lead with the verdict, and pass the words test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { fixturePages, startFixtureServer, type RunningServer } from './harness/fixture-server';
import { extensionPage, openPopupFor, tabIdOf, waitForRow } from './harness/extension-pages';
import { saveDownload, openSavedReport } from './harness/saved-report';
import { wordProblems } from './harness/words';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/e2e/vetting-report');
mkdirSync(ARTIFACTS, { recursive: true });
const LENA = 'https://www.instagram.com/lena.bakes/';
/** The creators' profiles, and the start of their fixture file names (all their pages). */
const FILES = ['lena-bakes', 'maya-moves', 'techtalkpaul'];
const CREATORS = [
  LENA,
  'https://www.tiktok.com/@maya.moves',
  'https://www.youtube.com/@techtalkpaul/videos',
];

let server: RunningServer;
let ext: ExtensionBrowser;

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension(server.port);
  const watcher = await extensionPage(ext, 'options.html');
  // Every page of the three creators (posts for comments, lena's followers and story), profiles last.
  const pages = fixturePages().filter((p) => FILES.some((f) => p.file.includes(`/${f}-`)));
  for (const p of [
    ...pages.filter((p) => p.kind !== 'profile'),
    ...pages.filter((p) => p.kind === 'profile'),
  ]) {
    const tab = await ext.context.newPage();
    await tab.goto(p.url);
  }
  // Tabs stay open: a tab closed at once may not have sent its reading yet.
  await waitForRow<{ handle: string; basis?: { comments: number } }>(
    watcher,
    'creators',
    (c) => c.handle === 'lena.bakes' && (c.basis?.comments ?? 0) > 0,
    15000,
  );
  for (const url of CREATORS) {
    const handle = new URL(url).pathname.split('/')[1]!.replace(/^@/, '');
    await waitForRow<{ handle: string; score: unknown }>(
      watcher,
      'creators',
      (c) => c.handle === handle && !!c.score,
      15000,
    );
    const popup = await openPopupFor(ext, await tabIdOf(ext, url));
    await popup.getByTestId('shortlist-toggle').click();
    await popup.getByTestId('on-shortlist').waitFor();
    await popup.close();
  }
  await watcher.close();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

async function checkWords(page: Page, name: string): Promise<void> {
  const problems: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
    problems.push(...(await wordProblems(page)));
    await page.screenshot({ path: resolve(ARTIFACTS, `${name}-${scheme}.png`), fullPage: true });
  }
  await page
    .pdf?.({ path: resolve(ARTIFACTS, `${name}.pdf`), format: 'A4' })
    .catch(() => undefined);
  assert.deepEqual([...new Set(problems)], [], `${name}: words for people`);
}

test('the creator report from the popup: answer first, the marketer’s decision, evidence, sources', async () => {
  const popup = await openPopupFor(ext, await tabIdOf(ext, LENA));
  await popup.getByTestId('fraud-signals').waitFor({ state: 'attached', timeout: 15000 });
  // The marketer fails the partnerships check, with a note.
  await popup.getByTestId('checklist').locator('summary').first().click();
  const check = popup.getByTestId('check-partnerships');
  await check.locator('summary').click();
  await check.locator('input[value="fail"]').check();
  await popup.getByTestId('vetting-status').filter({ hasText: /saved/i }).waitFor();
  await popup.getByTestId('check-note-partnerships').fill('Promoted a rival bakery in May.');
  await popup.getByTestId('check-note-partnerships').blur();
  const path = await saveDownload(popup, 'save-report', resolve(ARTIFACTS, 'creator-report.html'));
  assert.match((await popup.getByTestId('report-status').textContent()) ?? '', /saved/i);
  await popup.close();

  const { page, blocked } = await openSavedReport(ext.context, path);
  assert.match(await page.title(), /lena\.bakes/);
  const main = page.getByTestId('creator-report');
  const order = await main.evaluate((el) =>
    [...el.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid')),
  );
  const at = (id: string) => order.indexOf(id);
  for (const id of [
    'verdict',
    'key-figures',
    'follower-chart',
    'report-checklist',
    'report-evidence',
    'report-sources',
  ])
    assert.ok(at(id) >= 0, `the report has ${id}`);
  assert.ok(
    at('verdict') < at('key-figures') && at('key-figures') < at('report-checklist'),
    'answer first',
  );
  assert.ok((await page.getByTestId('verdict-reasons').locator('li').count()) >= 1, 'reasons');
  assert.match((await page.getByTestId('report-next-step').textContent()) ?? '', /Next step/);
  const partner = page.locator('[data-testid="report-checklist"] tr[data-by="marketer"]');
  assert.equal(await partner.count(), 1, 'one check decided by the marketer');
  assert.match(
    (await partner.textContent()) ?? '',
    /Fail.*the marketer.*Promoted a rival bakery in May\./s,
  );
  assert.equal(
    await page.locator('[data-testid="report-checklist"] tr[data-by="automatic"]').count(),
    4,
  );
  assert.ok(
    (await page.locator('[data-testid="report-evidence"] li[data-kind="comment"]').count()) >= 1,
    'comments quoted',
  );
  assert.ok(
    (await page.locator('[data-testid="report-sources"] li').count()) >= 2,
    'sources listed',
  );
  assert.match((await page.getByTestId('report-shortlist').textContent()) ?? '', /Prospect/);
  await checkWords(page, 'creator-report');
  assert.deepEqual(blocked, [], 'the report loads nothing');
  await page.close();
});

test('the shortlist report: selected creators side by side, and one creator from the editor', async () => {
  const list = await extensionPage(ext, 'shortlist.html');
  await list.getByTestId('shortlist-ready').waitFor();
  const rows = list.getByTestId('shortlist-row');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 3);
  for (let i = 0; i < 3; i++) await rows.nth(i).getByTestId('row-select').check();
  const path = await saveDownload(list, 'bulk-report', resolve(ARTIFACTS, 'shortlist-report.html'));
  await rows.first().getByTestId('row-open').click();
  const single = await saveDownload(
    list,
    'editor-report',
    resolve(ARTIFACTS, 'creator-report-from-shortlist.html'),
  );
  assert.match(readFileSync(single, 'utf8'), /data-testid="creator-report"/);
  await list.close();

  const { page, blocked } = await openSavedReport(ext.context, path);
  const heads = await page.getByTestId('compare-creator').allTextContents();
  assert.equal(heads.length, 3);
  for (const handle of ['lena.bakes', 'maya.moves', 'techtalkpaul'])
    assert.ok(
      heads.some((h) => h.includes(`@${handle}`)),
      `${handle} side by side`,
    );
  const firstRow = await page
    .locator('[data-testid="compare-table"] tbody tr')
    .first()
    .textContent();
  assert.match(firstRow ?? '', /^Verdict/);
  assert.match(firstRow ?? '', /Book|Check first|Avoid|Too little to judge/);
  await checkWords(page, 'shortlist-report');
  assert.deepEqual(blocked, [], 'the report loads nothing');
  await page.close();
});

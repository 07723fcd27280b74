// One person across platforms, in real Chromium (issue 17): Noor's Instagram and YouTube pages,
// linked through their bios, are read; the popup proposes the link and the marketer confirms
// it; the YouTube popup then shows the Instagram verdict; the shortlist shows one person; the
// CSV keeps one row per account with the same Person and Person ID. Contact copies with one
// click. Screenshots for the closing note go to artifacts/demo/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type RunningServer } from './harness/fixture-server';
import { extensionPage, openPopupFor, readAndScore, tabIdOf } from './harness/extension-pages';
import { saveDownload } from './harness/saved-report';
import { wordProblems } from './harness/words';
import { CAPTURED_AT } from '../fixtures/sites/generate/comments';
import { NOOR_IG_URL, NOOR_YT_URL, peoplePairPages } from '../fixtures/sites/generate/people-pair';
import { shiftRecordedDates } from '../fixtures/sites/recorded-dates';

const DEMO = resolve(import.meta.dirname, '../../artifacts/demo');
const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/e2e/people');
mkdirSync(DEMO, { recursive: true });
mkdirSync(ARTIFACTS, { recursive: true });
const IG = 'instagram:noor.cooks';
const YT = 'youtube:noorkitchen';

let server: RunningServer;
let ext: ExtensionBrowser;

before(async () => {
  // Read as of today, as the fixture server does for the sample pages.
  const pages = Object.fromEntries(
    Object.entries(peoplePairPages()).map(([url, html]) => [
      url,
      shiftRecordedDates(html, new Date(CAPTURED_AT), new Date()),
    ]),
  );
  server = await startFixtureServer(pages);
  ext = await launchWithExtension(server.port);
  await readAndScore(ext, [NOOR_IG_URL, NOOR_YT_URL], [IG, YT]);
});
after(async () => {
  await ext?.close();
  await server?.close();
});

async function popupOf(url: string): Promise<Page> {
  const popup = await openPopupFor(ext, await tabIdOf(ext, url));
  await popup.getByTestId('popup-ready').waitFor();
  return popup;
}

async function wordsOf(page: Page, name: string): Promise<void> {
  assert.deepEqual([...new Set(await wordProblems(page))], [], `${name}: words for people`);
}

test('the popup proposes the link, the marketer confirms it, and contact copies', async () => {
  const popup = await popupOf(NOOR_IG_URL);
  const proposal = popup.getByTestId('link-proposal');
  await proposal.waitFor({ timeout: 30_000 });
  const text = (await proposal.textContent()) ?? '';
  assert.match(text, /This looks like the same person as @noorkitchen on YouTube/);
  assert.match(text, /this Instagram bio links to that YouTube account/);
  assert.match(text, /the same name, “Noor Haddad”/);
  await popup.getByTestId('shortlist-toggle').click();
  await popup.getByTestId('on-shortlist').waitFor();
  await proposal.getByTestId('confirm-link').click();
  const linked = popup.getByTestId('linked-account');
  await linked.waitFor();
  assert.equal(await linked.getAttribute('data-platform'), 'youtube');
  assert.match((await popup.getByTestId('person-name').textContent()) ?? '', /Noor Haddad/);

  const contact = popup.getByTestId('contact');
  assert.match((await contact.textContent()) ?? '', /noor\.cooks@gmail\.com.*linktr\.ee/s);
  // The clipboard needs a focused page; the copy is read back by pasting it elsewhere.
  await popup.bringToFront();
  await contact.getByRole('button', { name: 'Copy noor.cooks@gmail.com' }).click();
  await contact.getByText('Copied').waitFor();
  const paste = await ext.context.newPage();
  await paste.setContent('<textarea></textarea>');
  await paste.locator('textarea').focus();
  await paste.keyboard.press('Control+V');
  assert.equal(await paste.locator('textarea').inputValue(), 'noor.cooks@gmail.com');
  await paste.close();
  await popup.bringToFront();

  await popup.getByTestId('partnerships-brands').waitFor();
  assert.match(
    (await popup.getByTestId('partnerships-brands').textContent()) ?? '',
    /@panhaus.*@greenbox_pt|@greenbox_pt.*@panhaus/,
  );
  await wordsOf(popup, 'instagram popup');
  await popup.getByTestId('linked-accounts').scrollIntoViewIfNeeded();
  await popup.screenshot({ path: resolve(DEMO, 'people-popup-linked.png'), fullPage: true });
  await popup.close();
});

test("the YouTube popup shows the Instagram account's verdict, with a link to open it", async () => {
  const popup = await popupOf(NOOR_YT_URL);
  const linked = popup.getByTestId('linked-account');
  await linked.waitFor({ timeout: 30_000 });
  assert.equal(await linked.getAttribute('data-platform'), 'instagram');
  const level = await linked.getAttribute('data-level');
  assert.ok(level && level !== 'none', 'the Instagram account has a verdict');
  const line = (await linked.textContent()) ?? '';
  assert.match(line, /@noor\.cooks on Instagram · (Book|Check first|Avoid|Too little to judge)/);
  assert.equal(await linked.locator('a').getAttribute('href'), NOOR_IG_URL);
  // Linked accounts are not proposed again.
  assert.equal(await popup.getByTestId('link-proposal').count(), 0);
  await popup.getByTestId('shortlist-toggle').click();
  await popup.getByTestId('on-shortlist').waitFor();
  await popup.screenshot({ path: resolve(ARTIFACTS, 'youtube-popup.png'), fullPage: true });
  await popup.close();
});

test('the shortlist shows one person, and the CSV keeps both accounts with one Person ID', async () => {
  const page = await extensionPage(ext, 'shortlist.html');
  await page.getByTestId('shortlist-ready').waitFor();
  await page.getByTestId('shortlist-row').nth(1).waitFor();
  await page.getByTestId('by-person').check();
  const rows = page.getByTestId('person-row');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 1);
  assert.equal(await page.getByTestId('shortlist-row').first().isVisible(), false);
  assert.equal(await rows.first().getAttribute('data-linked'), 'yes');
  assert.match((await rows.first().textContent()) ?? '', /Noor Haddad · 2 accounts/);
  const ids = await rows
    .first()
    .getByTestId('person-account')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  assert.deepEqual(ids.sort(), [IG, YT].sort());
  // Each account leads with its answer, as the table does.
  const verdicts = await rows.first().getByTestId('person-verdict').allTextContents();
  assert.equal(verdicts.length, 2);
  for (const v of verdicts) assert.match(v, /^(Book|Check first|Avoid|Too little to judge)$/);
  await wordsOf(page, 'shortlist by person');
  await page.screenshot({ path: resolve(DEMO, 'people-shortlist-by-person.png'), fullPage: true });

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  const path = resolve(ARTIFACTS, 'shortlist.csv');
  await file.saveAs(path);
  const csv = Papa.parse<Record<string, string>>(
    readFileSync(path, 'utf8').replace(/^\uFEFF/, ''),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  assert.equal(csv.length, 2, 'one row per account');
  assert.deepEqual(
    csv.map((r) => r['Person']),
    ['Noor Haddad', 'Noor Haddad'],
  );
  const [first, second] = csv.map((r) => r['Person ID']);
  assert.match(first ?? '', /^p-[a-z0-9]+$/);
  assert.equal(second, first);
  const ig = csv.find((r) => r['Platform'] === 'Instagram')!;
  assert.equal(ig['Contact e-mails'], 'noor.cooks@gmail.com');
  assert.equal(ig['Link-in-bio host'], 'linktr.ee');
  await page.close();
});

test('the report shows contact, brand safety and past partnerships', async () => {
  const popup = await popupOf(NOOR_IG_URL);
  await popup.getByTestId('save-report').waitFor();
  const path = await saveDownload(popup, 'save-report', resolve(ARTIFACTS, 'noor-report.html'));
  await popup.close();
  const page = await ext.context.newPage();
  await page.goto(`file://${path}`);
  for (const id of ['contact', 'brand-safety', 'partnerships'])
    await page.getByTestId(id).waitFor();
  // The wine post is flagged with a link to it; its category is open to print.
  const alcohol = page.locator('[data-testid="brand-safety"] details[data-category="alcohol"]');
  assert.equal(await alcohol.getAttribute('open'), '');
  assert.match((await alcohol.textContent()) ?? '', /red wine/);
  assert.match(
    (await page.getByTestId('partnerships-engagement').textContent()) ?? '',
    /sponsored posts .* organic posts/,
  );
  await wordsOf(page, 'report');
  // From the contact section to the end of past partnerships, in page coordinates.
  const [top, bottom] = await page.evaluate(() => {
    const at = (id: string) =>
      document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
    return [at('contact').top + scrollY, at('partnerships').bottom + scrollY];
  });
  await page.screenshot({
    path: resolve(DEMO, 'people-report-safety-partnerships.png'),
    fullPage: true,
    clip: { x: 0, y: top - 8, width: 1200, height: bottom - top + 16 },
  });
  await page.close();
});

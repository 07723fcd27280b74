// A large import in real Chromium: the file is parsed in a Web Worker, the panel shows how far
// it has got, and the rows arrive on the shortlist. 5,000 creators with every column filled.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { chromiumSession } from './harness/extension-pages';
import { tid, waitFor, waitUntil, type Tab } from './harness/tab';
import { shortlistToCsv } from '../../src/transfer/shortlist-csv';
import { sampleRows } from '../transfer/sample-rows';

const ROWS = 5000;
let ext: ExtensionBrowser;

before(async () => {
  // No site is visited: the host rules may point anywhere.
  ext = await launchWithExtension(1);
});
after(() => ext?.close());

/** Records every text the progress line shows, as the page renders it (nothing is missed). */
function recordProgress(page: Tab) {
  return page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
      if (text && text !== seen.at(-1)) seen.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, null);
}

test('a file of 5,000 creators shows its progress, then its preview, and is imported', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'cv-import-')), 'large.csv');
  writeFileSync(path, shortlistToCsv(sampleRows(ROWS)));
  const page = await chromiumSession(ext).openExtensionPage('shortlist.html');
  await waitFor(page, tid('shortlist-ready'));
  await recordProgress(page);
  await page.upload(tid('import-file'), path);
  await waitFor(
    page,
    tid('import-preview'),
    `${ROWS.toLocaleString('en')} creators to import, 0 problems`,
    120_000,
  );

  const seen = await page.evaluate(
    () => (globalThis as unknown as { progressSeen: string[] }).progressSeen,
    null,
  );
  const counts = seen.map((text) => /Checked ([\d,]+) of ([\d,]+) rows/.exec(text)?.slice(1));
  const numbers = counts.map((c) => c?.map((n) => Number(n.replace(/,/g, ''))));
  assert.ok(
    numbers.some((n) => n && n[0]! > 0 && n[0]! < ROWS && n[1] === ROWS),
    `the panel showed rows checked on the way: ${seen.join(' | ')}`,
  );
  assert.equal(
    await page.evaluate(() => document.querySelector('[data-testid="import-progress"]'), null),
    null,
    'the progress line goes once the preview is there',
  );

  await page.click(tid('import-commit'));
  // Writing 5,000 creators takes a while on a loaded machine: a generous limit, not a timing.
  await waitUntil(
    page,
    (want) => document.querySelector('[data-testid="shortlist-count"]')?.textContent === want,
    `${ROWS} of ${ROWS} creators`,
    'all rows on the shortlist',
    120_000,
  );
  await page.close();
});

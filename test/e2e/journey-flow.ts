// The journey's two long stretches, browser-neutral: work the shortlist and export it, then
// import the file into a fresh profile and export again. Each asserts what the marketer relies on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readStore } from './harness/extension-pages';
import { tid, waitFor, type ExtensionSession, type Tab } from './harness/tab';
import { TIER_WORDS, VERDICT_WORDS } from '../../src/transfer/column-words';
import {
  comparableShortlist,
  csvRecords,
  rowOf,
  waitForCount,
  type Profile,
  type StoredCreator,
} from './journey-steps';

export const HOSTILE_NOTE = '=HYPERLINK("https://evil.example","click")';

/**
 * Searches, filters and edits the three saved creators (status, tags, a hostile note, a bulk
 * tag), exports the CSV to `csvPath` and checks its cells against the store. Leaves `page` open.
 */
export async function workShortlistAndExport(
  page: Tab,
  profiles: Profile[],
  saved: StoredCreator[],
  csvPath: string,
): Promise<void> {
  await waitFor(page, tid('shortlist-ready'));
  await waitForCount(page, '3 of 3 creators');
  await page.fill(tid('shortlist-search'), profiles[1]!.handle.slice(0, 4));
  await waitForCount(page, '1 of 3 creators');
  await page.fill(tid('shortlist-search'), '');
  await page.select(tid('filter-platform'), 'youtube');
  await waitForCount(page, '1 of 3 creators');
  await page.select(tid('filter-platform'), '');
  await waitForCount(page, '3 of 3 creators');

  const [lena, maya] = saved as [StoredCreator, StoredCreator];
  await page.select(`${rowOf(lena.id)} ${tid('row-status')}`, 'contacted');
  await page.click(`${rowOf(maya.id)} ${tid('row-open')}`);
  await page.fill(tid('editor-tags'), 'summer, food');
  await page.fill(tid('editor-notes'), HOSTILE_NOTE);
  await page.click(tid('editor-save'));
  await waitFor(page, rowOf(maya.id), 'summer, food');
  await page.click(tid('select-all'));
  await page.fill(tid('bulk-tag'), 'q3');
  await page.click(tid('bulk-tag-add'));
  for (const c of saved) await waitFor(page, rowOf(c.id), 'q3');

  const bytes = await page.download(tid('export-csv'), csvPath);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  assert.ok(bytes.toString('utf8').endsWith('\r\n'), 'CRLF after the last record');
  const records = csvRecords(bytes);
  const header = bytes.toString('utf8').slice(1).split('\r\n')[0]!.split(',');
  assert.deepEqual(header.slice(0, 6), [
    'Display name',
    'Handle',
    'Platform',
    'Verdict',
    'Verdict reasons',
    'Next step',
  ]);
  assert.equal(records.length, 3);
  const stored = await readStore<StoredCreator>(page, 'creators');
  for (const [i, p] of profiles.entries()) {
    const cells = records.find((r) => r['Handle'] === p.handle);
    assert.ok(cells, `a row for ${p.handle}`);
    assert.equal(cells['Followers'], String(p.followers));
    const score = stored.find((c) => c.handle === p.handle)?.score;
    assert.equal(cells['Tier'], TIER_WORDS.word(score?.tier ?? null) ?? '');
    // The answer in the popup's words, its reasons and the next step.
    assert.equal(cells['Verdict'], VERDICT_WORDS.word(score?.verdict?.level ?? null) ?? '');
    assert.match(cells['Verdict'] ?? '', /^(Book|Check first|Avoid|Too little to judge)$/);
    assert.ok(cells['Verdict reasons'] && cells['Next step'], 'reasons and next step');
    assert.ok(cells['Tags']!.split(';').includes('q3'));
    assert.equal(cells['Status'], i === 0 ? 'Contacted' : 'Prospect');
  }
  const mayaCells = records.find((r) => r['Handle'] === profiles[1]!.handle)!;
  assert.equal(mayaCells['Tags'], 'summer;food;q3');
  assert.equal(mayaCells['Notes'], `'${HOSTILE_NOTE}`, 'the formula is neutralised');
}

/**
 * Imports `csvPath` into the fresh profile's shortlist, checks the data equals the first
 * profile's and that exporting again gives the same bytes. `onPreview` runs while the preview
 * shows (the Chromium journey checks its accessibility there).
 */
export async function importAndCompare(
  fresh: ExtensionSession,
  first: ExtensionSession,
  csvPath: string,
  reexportPath: string,
  onPreview?: (page: Tab) => Promise<void>,
): Promise<void> {
  const page = await fresh.openExtensionPage('shortlist.html');
  await waitFor(page, tid('shortlist-ready'));
  await waitForCount(page, '0 of 0 creators');
  await page.upload(tid('import-file'), csvPath);
  await waitFor(page, tid('import-preview'), '3 creators to import, 0 problems');
  await onPreview?.(page);
  await page.click(tid('import-commit'));
  await waitForCount(page, '3 of 3 creators');

  const before = await first.openExtensionPage('options.html');
  assert.deepEqual(await comparableShortlist(page), await comparableShortlist(before));
  const again = await page.download(tid('export-csv'), reexportPath);
  assert.ok(again.equals(readFileSync(csvPath)), 'export → import → export gives the same bytes');
  await page.close();
  await before.close();
}

// Steps of the marketer's journey (journey.test.ts): vet and save in the popup, work the
// shortlist, export and import, and an accessibility check. Each works on a real page.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/browser';
import { extensionPage, openPopupFor, tabIdOf, waitForRow } from './harness/extension-pages';

export interface StoredCreator {
  id: string;
  handle: string;
  platform: string;
  displayName: string | null;
  followers: { value: number } | null;
  score: { tier: string; risk: string } | null;
}

/** Visits a profile, waits until it is stored, then saves it from the popup (optionally vetting). */
export async function visitAndSave(
  ext: ExtensionBrowser,
  url: string,
  handle: string,
  vet?: (popup: Page) => Promise<void>,
): Promise<StoredCreator> {
  const site = await ext.context.newPage();
  await site.goto(url);
  const watcher = await extensionPage(ext, 'options.html');
  const stored = await waitForRow<StoredCreator>(watcher, 'creators', (c) => c.handle === handle);
  const popup = await openPopupFor(ext, await tabIdOf(ext, url));
  await popup.getByTestId('popup-ready').waitFor();
  await vet?.(popup);
  await popup.getByTestId('shortlist-toggle').click();
  await popup.getByTestId('on-shortlist').waitFor();
  await waitForRow(watcher, 'shortlist', (e: { creatorId: string }) => e.creatorId === stored.id);
  for (const page of [site, popup, watcher]) await page.close();
  return stored;
}

/** Enters story views and a quoted rate, as a marketer does from the creator's media kit. */
export async function vetByHand(popup: Page): Promise<void> {
  await popup.getByTestId('manual-fold').locator('summary').click();
  await popup.getByTestId('manual-entries').waitFor();
  await popup.getByTestId('manual-storyViews').fill('420');
  await popup.getByTestId('manual-quotedRate').fill('150');
  await popup.getByTestId('manual-save').click();
  await popup.getByTestId('manual-save').isEnabled();
}

export const row = (page: Page, id: string) =>
  page.locator(`[data-testid="shortlist-row"][data-id="${id}"]`);

export async function waitForCount(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="shortlist-count"]')?.textContent === want,
    text,
  );
}

/** Clicks an export button and saves the file it downloads. */
export async function exportTo(page: Page, testId: string, path: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  await download.saveAs(path);
  return readFileSync(path);
}

/** The CSV as records keyed by header (BOM dropped). Records must end in CRLF: a file with
 * bare LF between records would parse as one record here and fail the row counts. */
export function csvRecords(bytes: Buffer): Record<string, string>[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    newline: '\r\n',
    skipEmptyLines: true,
  });
  if (parsed.errors.length) throw new Error(`CSV: ${parsed.errors[0]!.message}`);
  return parsed.data;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  // Extension pages forbid inline scripts (CSP), so a script tag cannot be added there;
  // evaluating the source through DevTools is not subject to the page's CSP.
  await page.addScriptTag({ path }).catch(() => undefined);
  if (!(await page.evaluate(() => 'axe' in globalThis)))
    await page.evaluate(readFileSync(path, 'utf8'));
  const result = await page.evaluate(async () => {
    type Axe = { run(): Promise<{ violations: unknown[]; passes: unknown[] }> };
    const { violations, passes } = await (globalThis as unknown as { axe: Axe }).axe.run();
    return { violations: violations as AxeViolation[], passed: passes.length };
  });
  if (result.passed === 0) throw new Error('axe-core checked nothing: did it load?');
  const violations = result.violations;
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// A vetting report as the marketer gets it: downloaded through the page's button, then opened
// from disk like any saved file. Shared by the report tests of the popup, shortlist and people.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

/** Clicks a button that downloads a file and keeps it at `path`. */
export async function saveDownload(page: Page, testId: string, path: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  await file.saveAs(path);
  return path;
}

/**
 * Opens a saved report from disk after checking it carries no script and forbids loading; returns
 * the page and any CSP complaint it logged (a report that tried to load something).
 */
export async function openSavedReport(
  context: BrowserContext,
  path: string,
): Promise<{ page: Page; blocked: string[] }> {
  const html = readFileSync(path, 'utf8');
  assert.doesNotMatch(html, /<script|<iframe|<object|<embed/i, 'no script element');
  assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, 'no event attribute');
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  const page = await context.newPage();
  const blocked: string[] = [];
  page.on(
    'console',
    (m) => /Content Security Policy|Refused/.test(m.text()) && blocked.push(m.text()),
  );
  await page.goto(pathToFileURL(path).href);
  return { page, blocked };
}

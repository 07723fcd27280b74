// Steps of the marketer's journey, browser-neutral (harness/tab.ts): vet and save in the
// popup, work the shortlist, export, and import into a fresh profile. journey.test.ts runs
// them in Chromium, firefox-journey.test.ts in Firefox.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { readStore, waitForRow } from './harness/extension-pages';
import { FIXTURE_DIR, fixturePages } from './harness/fixture-server';
import {
  tabIdShowing,
  tid,
  waitFor,
  waitUntil,
  type ExtensionSession,
  type Tab,
} from './harness/tab';
import { SITES } from '../../src/sites/table';
import type { CreatorScore } from '../../src/shared/score';

export interface StoredCreator {
  id: string;
  handle: string;
  platform: string;
  displayName: string | null;
  followers: { value: number } | null;
  score: Pick<CreatorScore, 'tier' | 'risk' | 'verdict'> | null;
}

export interface Profile {
  url: string;
  handle: string;
  followers: number;
}

/** The first profile page of each site, with what the page is known to show. */
export function journeyProfiles(): Profile[] {
  return SITES.map((site) => {
    const page = fixturePages().find(
      (p) => p.kind === 'profile' && new URL(p.url).host === site.host,
    );
    assert.ok(page, `pages.json lists a ${site.label} profile`);
    const expected = JSON.parse(
      readFileSync(resolve(FIXTURE_DIR, page.file.replace(/\.html$/, '.expected.json')), 'utf8'),
    ) as { handle: string; followers: { value: number } };
    return { url: page.url, handle: expected.handle, followers: expected.followers.value };
  });
}

/** Visits a profile, waits until it is stored, then saves it from the popup (optionally vetting). */
export async function visitAndSave(
  session: ExtensionSession,
  url: string,
  handle: string,
  vet?: (popup: Tab) => Promise<void>,
): Promise<StoredCreator> {
  const site = await session.openSite(url);
  const watcher = await session.openExtensionPage('options.html');
  const stored = await waitForRow<StoredCreator>(watcher, 'creators', (c) => c.handle === handle);
  const popup = await session.openExtensionPage(
    `popup.html?tab=${await tabIdShowing(watcher, url)}`,
  );
  await waitFor(popup, tid('popup-ready'));
  await vet?.(popup);
  await popup.click(tid('shortlist-toggle'));
  await waitFor(popup, tid('on-shortlist'));
  await waitForRow(watcher, 'shortlist', (e: { creatorId: string }) => e.creatorId === stored.id);
  for (const tab of [site, popup, watcher]) await tab.close();
  return stored;
}

/** Enters story views and a quoted rate, as a marketer does from the creator's media kit. */
export async function vetByHand(popup: Tab): Promise<void> {
  await popup.click(`${tid('manual-fold')} summary`);
  await waitFor(popup, tid('manual-entries'));
  await popup.fill(tid('manual-storyViews'), '420');
  await popup.fill(tid('manual-quotedRate'), '150');
  await popup.click(tid('manual-save'));
}

export const rowOf = (id: string) => `[data-testid="shortlist-row"][data-id="${id}"]`;

export const waitForCount = (tab: Tab, text: string) =>
  waitUntil(
    tab,
    (want) => document.querySelector('[data-testid="shortlist-count"]')?.textContent === want,
    text,
    `shortlist count "${text}"`,
  );

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

/** The shortlist entries of a profile with the creator fields an import must carry over. */
export async function comparableShortlist(page: Tab) {
  const entries = await readStore<{ creatorId: string }>(page, 'shortlist');
  const creators = await readStore<StoredCreator>(page, 'creators');
  return entries
    .map((e) => {
      const c = creators.find((r) => r.id === e.creatorId)!;
      const { handle, platform, displayName, followers, score } = c;
      return { entry: e, handle, platform, displayName, followers, tier: score?.tier };
    })
    .sort((a, b) => a.handle.localeCompare(b.handle));
}

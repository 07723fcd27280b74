// The marketer's journey in Firefox ESR (WebDriver BiDi): the same steps as journey.test.ts,
// from visiting a creator on each site to a byte-identical export after importing into a fresh
// profile. Firefox's console must show no error and no CSP report from the extension, and the
// proxy must have passed nothing but the three sites' hosts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchFirefox, type FirefoxExtension } from '../harness/firefox';
import {
  hostsNamedInFixtures,
  startFixtureServer,
  type RunningServer,
} from '../harness/fixture-server';
import { importAndCompare, workShortlistAndExport } from '../journey-flow';
import { journeyProfiles, vetByHand, visitAndSave, type StoredCreator } from '../journey-steps';
import { SITE_IDS } from '../../../src/sites/table';

const ARTIFACTS = resolve(import.meta.dirname, '../../../artifacts/e2e/firefox');
mkdirSync(ARTIFACTS, { recursive: true });
const CSV = resolve(ARTIFACTS, 'journey-export.csv');
const profiles = journeyProfiles();

let server: RunningServer;
let first: FirefoxExtension;
let fresh: FirefoxExtension | undefined;
const saved: StoredCreator[] = [];

before(async () => {
  server = await startFixtureServer();
  first = await launchFirefox(server.port);
});
after(async () => {
  await fresh?.close();
  await first?.close();
  await server?.close();
});

test('Firefox: vet and save one creator from each site in the popup', async () => {
  for (const [i, p] of profiles.entries())
    saved.push(await visitAndSave(first, p.url, p.handle, i ? undefined : vetByHand));
  assert.deepEqual(
    saved.map((c) => c.platform),
    [...SITE_IDS],
  );
});

test('Firefox: the shortlist finds, filters and edits them; the export carries it', async () => {
  const page = await first.openExtensionPage('shortlist.html');
  await workShortlistAndExport(page, profiles, saved, CSV);
  await page.close();
});

test('Firefox: import into a fresh profile gives the same data and the same bytes', async () => {
  fresh = await launchFirefox(server.port);
  await importAndCompare(fresh, first, CSV, resolve(ARTIFACTS, 'journey-reexport.csv'));
});

test('Firefox: the console shows no error or CSP report from the extension', async () => {
  for (const browser of [first, fresh!]) assert.deepEqual(await browser.consoleErrors(), []);
});

// Every request goes to the local proxy (PAC), which passes only the three sites' hosts to the
// fixture server: nothing leaves the machine. What it refused must be a host the fixture pages
// name (image CDNs, links) or Firefox's own background services, never one of the extension's.
test('Firefox: the proxy refused only hosts the pages name and Mozilla services', () => {
  const named = hostsNamedInFixtures();
  const mozilla = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/;
  const refused = [...first.refused, ...fresh!.refused].map((r) => r.replace(/:\d+$/, ''));
  assert.deepEqual(
    [...new Set(refused)].filter((host) => !named.has(host) && !mozilla.test(host)),
    [],
  );
  assert.ok(server.requests.length >= 3, 'the sites were served by the fixture server');
});

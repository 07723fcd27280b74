// "Report this page" in real Chromium: the download holds the stats region with personal text
// masked, and the adapter's reading of the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import {
  FIXTURE_DIR,
  fixturePages,
  startFixtureServer,
  type RunningServer,
} from './harness/fixture-server';
import { openPopupFor, tabIdOf } from './harness/extension-pages';

let server: RunningServer;
let ext: ExtensionBrowser;

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension(server.port);
});
after(async () => {
  await ext?.close();
  await server?.close();
});

for (const page of fixturePages().filter((p) => p.kind === 'profile')) {
  test(`report of ${page.url} masks personal text and carries the reading`, async () => {
    const expected = JSON.parse(
      readFileSync(resolve(FIXTURE_DIR, page.file.replace(/\.html$/, '.expected.json')), 'utf8'),
    );
    const site = await ext.context.newPage();
    await site.goto(page.url);
    const popup = await openPopupFor(ext, await tabIdOf(ext, page.url));
    await popup
      .locator('details', { has: popup.getByTestId('report-page') })
      .locator('summary')
      .click();
    await popup.getByTestId('report-page').waitFor();
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByTestId('report-page').click(),
    ]);
    const report = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(report.format, 'creator-vetting-page-report');
    assert.equal(report.reading.handle, expected.handle);
    assert.equal(report.reading.followers?.value, expected.followers?.value);
    assert.ok(report.html.length > 100, 'the stats region is included');
    assert.match(report.html, /X?x{3,}/, 'letters of visible text are masked as x');
    for (const personal of [expected.displayName, expected.bio].filter((s) => s && s.length > 3)) {
      assert.ok(
        !report.html.includes(personal),
        `personal text is masked: ${personal.slice(0, 20)}`,
      );
    }
    await site.close();
    await popup.close();
  });
}

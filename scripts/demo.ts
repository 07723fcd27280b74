// `npm run demo`: builds the extension, serves the bundled sample creator pages under the real
// site addresses, and drives Chromium through the marketer's main job: visit, vet, save, export.
// With a display the browser stays open for you; without one it runs headless and writes
// screenshots and the exported CSV to artifacts/demo/.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../test/e2e/harness/browser';
import { fixturePages, startFixtureServer } from '../test/e2e/harness/fixture-server';
import { extensionPage, openPopupFor, tabIdOf } from '../test/e2e/harness/extension-pages';

const out = resolve(import.meta.dirname, '../artifacts/demo');
mkdirSync(out, { recursive: true });
execSync('npm run build', { stdio: 'inherit' });

const headless = !process.env.DISPLAY;
const server = await startFixtureServer();
const ext = await launchWithExtension(server.port, { headless });
const profiles = fixturePages().filter((p) => p.kind === 'profile');
console.log(
  `Sample pages served for ${profiles.length} creators; browser ${headless ? 'headless' : 'on your display'}.`,
);

for (const profile of profiles) {
  const site = await ext.context.newPage();
  await site.goto(profile.url);
  const popup = await openPopupFor(ext, await tabIdOf(ext, profile.url));
  const toggle = popup.getByTestId('shortlist-toggle');
  await toggle.waitFor({ timeout: 10000 });
  // The folds below the first screen load as a second chunk: wait, so the page is whole.
  await popup.getByTestId('fraud-signals').waitFor({ state: 'attached', timeout: 10000 });
  const name = profile.file.replace(/\.html$/, '').replace(/\//g, '-');
  await popup.screenshot({ path: resolve(out, `popup-${name}.png`), fullPage: true });
  if ((await toggle.textContent())?.includes('Save')) await toggle.click();
  await popup.getByTestId('on-shortlist').waitFor();
  console.log(`  vetted and saved ${profile.url}`);
  await popup.close();
}

const shortlist = await extensionPage(ext, 'shortlist.html');
await shortlist.getByTestId('export-csv').waitFor();
await shortlist.screenshot({ path: resolve(out, 'shortlist.png'), fullPage: true });
const [download] = await Promise.all([
  shortlist.waitForEvent('download'),
  shortlist.getByTestId('export-csv').click(),
]);
await download.saveAs(resolve(out, 'shortlist.csv'));
const options = await extensionPage(ext, 'options.html');
await options.getByTestId('options-ready').waitFor();
await options.screenshot({ path: resolve(out, 'options.png'), fullPage: true });
for (const page of ['campaigns', 'sources']) {
  const tab = await extensionPage(ext, `${page}.html`);
  await tab.getByTestId(`${page}-ready`).waitFor();
  await tab.screenshot({ path: resolve(out, `${page}.png`), fullPage: true });
}
console.log(`Screenshots and shortlist.csv written to ${out}`);

if (headless) {
  await ext.close();
  await server.close();
} else {
  console.log('The browser stays open: close its window (or press Ctrl+C) to end the demo.');
  ext.context.on('close', () => void server.close().then(() => process.exit(0)));
}

// Each sample creator's popup at 420 × 600 in real Chromium: the first screen (name, handle,
// tier, verdict, key figures, shortlist) answers without scrolling, in light and dark mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixturePages } from './harness/fixture-server';
import { extensionPerFile } from './harness/per-file';
import { openPopupFor, tabIdOf } from './harness/extension-pages';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/e2e');
mkdirSync(ARTIFACTS, { recursive: true });
const pages = fixturePages();

const running = extensionPerFile();

for (const page of pages.filter((p) => p.kind === 'profile')) {
  const name = page.file.replace(/\.html$/, '').replace(/\//g, '-');
  test(`the first screen of ${name} answers at 420 × 600 without scrolling`, async () => {
    const tab = await running.ext.context.newPage();
    await tab.goto(page.url);
    const popup = await openPopupFor(running.ext, await tabIdOf(running.ext, page.url));
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.getByTestId('fraud-signals').waitFor();
    // Name, handle, platform, tier; the verdict (or why there is none); figures; shortlist.
    for (const id of ['creator-name', 'creator-handle', 'creator-tier', 'verdict', 'key-figures'])
      assert.ok(await popup.getByTestId(id).isVisible(), `${id} is shown`);
    const bottom = await popup
      .locator('.first-screen')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    assert.ok(bottom <= 600, `the first screen ends at ${Math.round(bottom)} px, within 600`);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: resolve(ARTIFACTS, `popup-${name}-${scheme}.png`) });
    }
    await popup.close();
    await tab.close();
  });
}

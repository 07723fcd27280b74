// The popup's order of work in real Chromium: the verdict is on screen before the vetting
// sections (checklist, signals, safety, partnerships, contact, history) are even fetched,
// and they still all appear after it, for a stored creator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixturePages } from './harness/fixture-server';
import { extensionPerFile } from './harness/per-file';
import { extensionPage, tabIdOf, waitForRow } from './harness/extension-pages';

const running = extensionPerFile();
const profile = fixturePages().find(
  (p) => p.kind === 'profile' && p.url.includes('instagram.com/lena.bakes'),
)!;

/** Notes when each marker first appears in the DOM (performance.now(), page-relative). */
const watch = `(() => {
  window.__seen = {};
  const ids = ['verdict', 'vetting-status', 'fraud-signals', 'brand-safety'];
  const check = () => {
    for (const id of ids)
      if (!(id in window.__seen) && document.querySelector('[data-testid="' + id + '"]'))
        window.__seen[id] = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})();`;

test('the verdict paints first; the sections follow and all appear', async () => {
  const tab = await running.ext.context.newPage();
  await tab.goto(profile.url);
  const options = await extensionPage(running.ext, 'options.html');
  await waitForRow(options, 'creators', () => true, 15000);
  const popup = await running.ext.context.newPage();
  await popup.addInitScript({ content: watch });
  const cdp = await running.ext.context.newCDPSession(popup);
  const sectionsAt: number[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (/\/sections-[^/]*\.js$/.test(e.request.url)) sectionsAt.push(e.wallTime * 1000);
  });
  await cdp.send('Network.enable');
  await popup.goto(
    `chrome-extension://${running.ext.extensionId}/popup.html?tab=${await tabIdOf(running.ext, profile.url)}`,
  );
  await popup.getByTestId('fraud-signals').waitFor();
  await popup.getByTestId('brand-safety').waitFor();
  const seen = await popup.evaluate(
    () => (window as unknown as { __seen: Record<string, number> }).__seen,
  );
  assert.ok(seen.verdict !== undefined, 'the verdict appeared');
  for (const id of ['vetting-status', 'fraud-signals', 'brand-safety'])
    assert.ok(seen[id]! > seen.verdict!, `${id} appeared after the verdict`);
  // The sections' chunk was requested only once the verdict was in the DOM (wall clock).
  const verdictAt = await popup.evaluate((at) => performance.timeOrigin + at, seen.verdict!);
  assert.equal(sectionsAt.length, 1, 'the sections chunk was fetched once');
  assert.ok(sectionsAt[0]! > verdictAt, 'the sections chunk was fetched after the verdict');
  await popup.close();
  await options.close();
  await tab.close();
});

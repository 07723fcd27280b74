// Popup: open → first meaningful render (data-testid="popup-ready"), for a tab that shows a
// creator the extension has already stored.
import { fixturePages } from '../../test/e2e/harness/fixture-server';
import { extensionPage, tabIdOf, waitForRow } from '../../test/e2e/harness/extension-pages';
import type { BenchBrowsers } from './browsers';
import { openUntilReady } from './ready';
import { figureRow, median, repeat, type Goal, type Row } from './stats';

export const POPUP_FIGURE = {
  figure: 'popup: open → popup-ready (Chromium)',
  unit: 'ms',
  goal: { op: '<=', value: 100 } as Goal,
};
const POPUP_VIEWPORT = { width: 420, height: 640 };

/** Opens a profile fixture in a tab and waits until its creator is stored; returns the tab id. */
export async function tabWithStoredCreator(
  b: BenchBrowsers,
): Promise<{ tabId: number; url: string }> {
  const profile = fixturePages().find((p) => p.kind === 'profile');
  if (!profile) throw new Error('pages.json lists no profile page');
  const site = await b.ext.context.newPage();
  await site.goto(profile.url);
  const options = await extensionPage(b.ext, 'options.html');
  try {
    await waitForRow<{ profileUrl: string }>(options, 'creators', () => true, 15000);
  } finally {
    await options.close();
  }
  return { tabId: await tabIdOf(b.ext, profile.url), url: profile.url };
}

export async function measurePopup(b: BenchBrowsers): Promise<Row[]> {
  const { tabId, url } = await tabWithStoredCreator(b);
  const popupUrl = `chrome-extension://${b.ext.extensionId}/popup.html?tab=${tabId}`;
  const dom: number[] = [];
  const samples = await repeat(
    async () => {
      const timing = await openUntilReady(b.ext.context, popupUrl, 'popup-ready', POPUP_VIEWPORT);
      await timing.page.close();
      dom.push(timing.domMs);
      return timing.ms;
    },
    { warmup: 2, runs: 9 },
  );
  const domMedian = median(dom.slice(-samples.length));
  return [
    figureRow(
      POPUP_FIGURE.figure,
      POPUP_FIGURE.unit,
      samples,
      POPUP_FIGURE.goal,
      `tab showing ${url}; median ${domMedian.toFixed(0)} ms to the marker in the DOM, then the next frame`,
    ),
  ];
}

// Shortlist page with 10,000 creators: open → shortlist-ready, and filtering per keystroke
// (keydown → the animation frame after the list changed), typed into shortlist-search.
import type { Page } from 'playwright-core';
import type { BenchBrowsers } from './browsers';
import { evalInPage, waitInPage } from './page-eval';
import { openUntilReady } from './ready';
import { figureRow, median, repeat, type Goal, type Row } from './stats';

export const SHORTLIST_FIGURES = [
  {
    figure: 'shortlist 10k: open → shortlist-ready (Chromium)',
    unit: 'ms',
    goal: { op: '<=', value: 150 } as Goal,
  },
  {
    figure: 'shortlist 10k: filter per keystroke (Chromium)',
    unit: 'ms',
    goal: { op: '<=', value: 16 } as Goal,
  },
];
// Narrows step by step over the bench handles ("mara.keramik123"), then widens again.
const KEYS = [...'mara.ke', ...Array<string>(7).fill('Backspace')];

const KEY_TIMER = `(() => {
  window.__benchKeys = [];
  let start = 0, pending = false;
  document.addEventListener('keydown', () => { start = performance.now(); pending = true; }, true);
  new MutationObserver(() => {
    if (!pending) return;
    pending = false;
    const t0 = start;
    requestAnimationFrame(() => window.__benchKeys.push(performance.now() - t0));
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

async function keystrokes(page: Page): Promise<number[]> {
  await evalInPage(page, KEY_TIMER);
  await page.getByTestId('shortlist-search').focus();
  let expected = 0;
  for (const key of KEYS) {
    await page.keyboard.press(key);
    expected++;
    // A keystroke that changes nothing on screen leaves no sample; move on after 3 s.
    const done = await waitInPage(page, `window.__benchKeys.length >= ${expected}`, 3000);
    if (!done) expected = await evalInPage<number>(page, 'window.__benchKeys.length');
  }
  return evalInPage<number[]>(page, 'window.__benchKeys');
}

export async function measureShortlist(b: BenchBrowsers): Promise<Row[]> {
  const url = `chrome-extension://${b.ext.extensionId}/shortlist.html`;
  let last: Page | null = null;
  const dom: number[] = [];
  const samples = await repeat(
    async () => {
      await last?.close();
      const timing = await openUntilReady(b.ext.context, url, 'shortlist-ready');
      last = timing.page;
      dom.push(timing.domMs);
      return timing.ms;
    },
    { warmup: 0, runs: 5 },
  );
  const page = last as Page | null;
  if (!page) throw new Error('shortlist page did not open');
  try {
    const count =
      (await page
        .getByTestId('shortlist-count')
        .textContent({ timeout: 2000 })
        .catch(() => null)) ?? '?';
    const keys = await keystrokes(page);
    const [open, filter] = SHORTLIST_FIGURES;
    return [
      figureRow(
        open!.figure,
        open!.unit,
        samples,
        open!.goal,
        `count shown: "${count.trim()}"; marker in DOM at median ${median(dom.slice(-samples.length)).toFixed(0)} ms`,
      ),
      figureRow(
        filter!.figure,
        filter!.unit,
        keys,
        filter!.goal,
        `typed "mara.ke" then 7 × Backspace: ${keys.length} of ${KEYS.length} keystrokes changed the list`,
      ),
    ];
  } finally {
    await page.close();
  }
}

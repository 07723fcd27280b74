// Time from navigation start to a page's first meaningful render, measured inside the page:
// an init script watches for the page's ready marker and notes the next animation frame
// after it appears (performance.now() counts from the navigation start).
import type { BrowserContext, Page } from 'playwright-core';
import { evalInPage, waitInPage } from './page-eval';

export const readyScript = (testId: string) => `(() => {
  const selector = '[data-testid="${testId}"]';
  const check = () => {
    if (window.__benchReadyDom !== undefined || !document.querySelector(selector)) return;
    window.__benchReadyDom = performance.now();
    console.timeStamp('bench-ready'); // where profile-popup.ts cuts its trace
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchReady = performance.now(); });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-testid'] });
})();`;

export interface ReadyTiming {
  page: Page;
  /** Navigation start → the frame after the marker appeared. */
  ms: number;
  /** Navigation start → the marker in the DOM. */
  domMs: number;
}

/** Opens `url` in a new page and times its ready marker; the caller closes the page. */
export async function openUntilReady(
  context: BrowserContext,
  url: string,
  testId: string,
  viewport?: { width: number; height: number },
  timeoutMs = 15000,
): Promise<ReadyTiming> {
  const page = await context.newPage();
  try {
    if (viewport) await page.setViewportSize(viewport);
    await page.addInitScript({ content: readyScript(testId) });
    await page.goto(url);
    if (!(await waitInPage(page, 'window.__benchReady !== undefined', timeoutMs)))
      throw new Error(`data-testid="${testId}" did not appear within ${timeoutMs / 1000} s`);
    const [ms, domMs] = await evalInPage<[number, number]>(
      page,
      '[window.__benchReady, window.__benchReadyDom]',
    );
    return { page, ms, domMs };
  } catch (error) {
    await page.close();
    throw error;
  }
}

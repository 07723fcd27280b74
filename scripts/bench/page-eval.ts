// Evaluating bench code in extension pages. Their CSP forbids eval, which Playwright's
// string evaluation uses; the DevTools protocol's Runtime.evaluate is not subject to it.
import type { Page } from 'playwright-core';

interface Evaluated {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

/** The value of `expression` in the page (promises awaited). */
export async function evalInPage<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const evaluated = (await cdp.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as Evaluated;
    const error = evaluated.exceptionDetails;
    if (error) throw new Error(error.exception?.description ?? error.text);
    return evaluated.result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Polls until `expression` is truthy in the page; false after `timeoutMs`. */
export async function waitInPage(
  page: Page,
  expression: string,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await evalInPage<boolean>(page, `!!(${expression})`)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

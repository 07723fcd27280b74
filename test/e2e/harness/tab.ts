// A browser-neutral handle on one tab, so the journey's steps run unchanged in Chromium
// (Playwright) and Firefox (puppeteer over WebDriver BiDi). Selectors are CSS; `tid` builds
// the data-testid ones the pages carry.
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface Tab {
  click(selector: string): Promise<void>;
  /** Replaces the value of an input or textarea, firing the input events a user would. */
  fill(selector: string, value: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  upload(selector: string, path: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Clicks a download button and copies the file it saves to `path`; returns its bytes. */
  download(selector: string, path: string): Promise<Buffer>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** An extension loaded in a browser: sites' pages and its own pages open as tabs. */
export interface ExtensionSession {
  openSite(url: string): Promise<Tab>;
  /** `path` relative to the extension's root, query included (`popup.html?tab=3`). */
  openExtensionPage(path: string): Promise<Tab>;
}

export const tid = (testId: string) => `[data-testid="${testId}"]`;

/** Polls the page until `predicate(arg)` holds there; `what` names it in the timeout error. */
export async function waitUntil<A>(
  tab: Tab,
  predicate: (arg: A) => boolean,
  arg: A,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await tab.evaluate(predicate, arg))) {
    if (Date.now() > deadline) throw new Error(`no ${what} in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls the page until `selector` matches an element whose text includes `text`. */
export const waitFor = (tab: Tab, selector: string, text = '', timeoutMs = 30_000) =>
  waitUntil(
    tab,
    ([sel, want]) =>
      Array.from(document.querySelectorAll(sel)).some((el) => el.textContent?.includes(want)),
    [selector, text] as const,
    `${selector} with "${text}"`,
    timeoutMs,
  );

/** The browser's id of the tab showing `url`, asked from an extension page (which has tabs). */
export async function tabIdShowing(page: Tab, url: string): Promise<number> {
  const id = await page.evaluate(async (target) => {
    type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
    const api = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
    const tabs = await (api.browser ?? api.chrome).tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

export function playwrightTab(page: PlaywrightPage): Tab {
  return {
    click: (s) => page.locator(s).click(),
    fill: (s, v) => page.locator(s).fill(v),
    select: async (s, v) => void (await page.locator(s).selectOption(v)),
    upload: (s, path) => page.locator(s).setInputFiles(path),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    download: async (s, path) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(s).click()]);
      await file.saveAs(path);
      return readFileSync(path);
    },
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    close: () => page.close(),
  };
}

/** `downloadsDir` is where the browser saves files without asking (a Firefox pref). */
export function puppeteerTab(page: PuppeteerPage, downloadsDir: string): Tab {
  return {
    click: (s) => page.locator(s).click(),
    // Like Playwright's fill: the whole value at once, then the input event (puppeteer's own
    // fill types key by key and fires no event when it clears a field).
    fill: async (s, v) => {
      const input = await page.waitForSelector(s);
      await input!.evaluate((el, value) => {
        const field = el as HTMLInputElement;
        field.focus();
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
      }, v);
    },
    select: async (s, v) => void (await page.waitForSelector(s), await page.select(s, v)),
    upload: async (s, path) => {
      const input = await page.waitForSelector(s);
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    download: async (s, path) => {
      const before = new Set(existsSync(downloadsDir) ? readdirSync(downloadsDir) : []);
      await page.locator(s).click();
      const saved = await newFile(downloadsDir, before);
      copyFileSync(saved, path);
      return readFileSync(path);
    },
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
}

/** The first file in `dir` not in `before`, once it is complete (no .part, size steady). */
async function newFile(dir: string, before: Set<string>, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const names = existsSync(dir) ? readdirSync(dir) : [];
    const fresh = names.find((n) => !before.has(n) && !n.endsWith('.part'));
    const busy = names.some((n) => n.endsWith('.part'));
    if (fresh && !busy) {
      const size = statSync(join(dir, fresh)).size;
      if (size > 0 && size === last) return join(dir, fresh);
      last = size;
    }
    if (Date.now() > deadline) throw new Error(`no download in ${dir} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Helpers to look inside the running extension: its tabs, its popup and its IndexedDB.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { playwrightTab, type ExtensionSession, type Tab } from './tab';

/** The extension in Chromium as a browser-neutral session (the journey's steps use it). */
export function chromiumSession(ext: ExtensionBrowser): ExtensionSession {
  return {
    openSite: async (url) => {
      const page = await ext.context.newPage();
      await page.goto(url);
      return playwrightTab(page);
    },
    openExtensionPage: async (path) => playwrightTab(await extensionPage(ext, path)),
  };
}

const asTab = (page: Page | Tab): Tab => ('locator' in page ? playwrightTab(page) : page);

/** Chrome's id of the tab showing `url` (asked of the service worker, which has chrome.tabs). */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const worker = await ext.worker();
  const id = await worker.evaluate(async (target) => {
    type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
    const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

export async function openPopupFor(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 420, height: 640 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return page;
}

/** Reads a whole object store with the plain IndexedDB API, from an extension page. */
export async function readStore<T = unknown>(page: Page | Tab, store: string): Promise<T[]> {
  return asTab(page).evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('creator-vetting');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/**
 * Waits until the store holds a row matching `predicate` (the worker writes asynchronously).
 * The deadline only names a failure: on a loaded 2-core machine a rescore took over 10 s.
 */
export async function waitForRow<T>(
  page: Page | Tab,
  store: string,
  predicate: (row: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = (await readStore<T>(page, store)).find(predicate);
    if (row) return row;
    if (Date.now() > deadline) throw new Error(`no matching row in ${store} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function extensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

/** The verdict a popup shows for one signal ("pass", "fail", …), from its badge. */
export const signalVerdict = (popup: Page, id: string) =>
  popup
    .locator(`[data-signal-id="${id}"] .signal-head [data-verdict]`)
    .getAttribute('data-verdict');

/** Opens each page in a tab of its own (kept open) and waits until the worker scored each id. */
export async function readAndScore(
  ext: ExtensionBrowser,
  urls: readonly string[],
  ids: readonly string[],
): Promise<void> {
  const watcher = await extensionPage(ext, 'options.html');
  for (const url of urls) await (await ext.context.newPage()).goto(url);
  for (const id of ids)
    await waitForRow<{ id: string; score: unknown }>(
      watcher,
      'creators',
      (c) => c.id === id && !!c.score,
    );
  await watcher.close();
}

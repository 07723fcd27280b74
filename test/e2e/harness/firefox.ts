// Launches Debian's Firefox ESR with the built extension over WebDriver BiDi (puppeteer-core).
// The sites' hosts reach the local fixture server through a local proxy (site-proxy.ts);
// every other host is refused. Errors and CSP reports from every extension page, the background
// and the content scripts are read from the browser console (what about:debugging shows).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './browser';
import { startSiteProxy, type SiteProxy } from './site-proxy';
import { puppeteerTab, type ExtensionSession } from './tab';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = (
  JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;

export interface FirefoxExtension extends ExtensionSession {
  browser: Browser;
  /** moz-extension://<uuid>, fixed through a pref so tests can address the pages. */
  origin: string;
  /** Where exports land (Firefox saves downloads there without asking). */
  downloadsDir: string;
  /** Errors, CSP reports and console.error calls so far whose source is the extension. */
  consoleErrors(): Promise<string[]>;
  /** Hosts the proxy refused: any entry is a request to somewhere other than the three sites. */
  refused: string[];
  close(): Promise<void>;
}

export async function launchFirefox(fixturePort: number): Promise<FirefoxExtension> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr`);
  const proxy: SiteProxy = await startSiteProxy(fixturePort);
  const profileDir = mkdtempSync(join(tmpdir(), 'cv-firefox-'));
  const downloadsDir = join(profileDir, 'downloads');
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profileDir,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': proxy.pacUrl,
      'network.proxy.allow_hijacking_localhost': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'browser.download.dir': downloadsDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  await browser.installExtension(DIST);
  const origin = `moz-extension://${uuid}`;
  return {
    browser,
    origin,
    downloadsDir,
    consoleErrors: () => browserConsoleErrors(browser, origin),
    refused: proxy.refused,
    openSite: async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      return puppeteerTab(page, downloadsDir);
    },
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      await loadExtensionPage(page, `${origin}/${path}`);
      return puppeteerTab(page, downloadsDir);
    },
    close: async () => {
      await browser.close();
      await proxy.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * goto() on a moz-extension:// page may never resolve, and evaluating while the new document
 * replaces about:blank can fail: navigate, then poll until the page is there and loaded,
 * navigating again if it is still blank after a while.
 */
async function loadExtensionPage(page: Page, url: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  let navigated = started;
  let seen = '';
  void page.goto(url).catch(() => undefined);
  for (;;) {
    seen = await page
      .evaluate(() => `${location.href} ${document.readyState}`)
      .catch((error: Error) => `(${error.message.slice(0, 80)})`);
    if (seen === `${url} complete`) return;
    const now = Date.now();
    if (now - started > timeoutMs) throw new Error(`${url} did not load: ${seen}`);
    if (seen.startsWith('about:blank') && now - navigated > 5_000) {
      navigated = now;
      void page.goto(url).catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Firefox's own notice when a tab closes while its content script awaits a runtime message's
 * reply (the test closes tabs as soon as the store agrees). Firefox reports it whether or not
 * the script handles the rejection, so it says nothing about the extension's code.
 */
const CLOSED_TAB_NOTICE = 'Promise rejected after context unloaded';

/**
 * The browser console's errors from `origin`: script errors and CSP reports (the console
 * service) and console.error calls (the console API store). Read in the browser's own chrome
 * window, which BiDi may script because Firefox runs with -remote-allow-system-access.
 */
async function browserConsoleErrors(browser: Browser, origin: string): Promise<string[]> {
  type Send = (method: string, params: object) => Promise<{ result: unknown }>;
  const connection = (browser as unknown as { connection: { send: Send } }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as { contexts: { context: string }[] };
  const expression = `JSON.stringify([
    ...Services.console.getMessageArray()
      .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag))
      .filter((m) => m.sourceName.startsWith(${JSON.stringify(origin)}))
      .filter((m) => !m.errorMessage.startsWith(${JSON.stringify(CLOSED_TAB_NOTICE)}))
      .map((m) => m.category + ': ' + m.errorMessage + ' (' + m.sourceName + ':' + m.lineNumber + ')'),
    ...Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage).getEvents()
      .filter((e) => e.level === 'error' && String(e.filename).startsWith(${JSON.stringify(origin)}))
      .map((e) => 'console.error: ' + e.arguments.map(String).join(' ') + ' (' + e.filename + ')'),
  ])`;
  const evaluated = (
    await connection.send('script.evaluate', {
      expression,
      target: { context: tree.contexts[0]!.context },
      awaitPromise: false,
    })
  ).result as { result?: { value?: string }; exceptionDetails?: { text: string } };
  if (!evaluated.result?.value)
    throw new Error(`cannot read the browser console: ${evaluated.exceptionDetails?.text}`);
  return JSON.parse(evaluated.result.value) as string[];
}

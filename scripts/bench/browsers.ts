// The two browsers the real-browser figures compare: Debian's Chromium with the built extension
// (the e2e harness's launcher) and the same Chromium with the same flags but no extension,
// both pointed at one fixture server that serves the generated heavy pages.
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHROMIUM,
  launchWithExtension,
  type ExtensionBrowser,
} from '../../test/e2e/harness/browser';
import { SITE_HOSTS } from '../../test/e2e/harness/cert';
import { startFixtureServer, type RunningServer } from '../../test/e2e/harness/fixture-server';

export interface BenchBrowsers {
  server: RunningServer;
  /** Inline pages served under real addresses; filled in after start (read per request). */
  pages: Record<string, string>;
  ext: ExtensionBrowser;
  plain: BrowserContext;
  close(): Promise<void>;
}

/** Chromium without the extension: the harness's flags minus --load-extension. */
async function launchPlain(
  port: number,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'cv-bench-plain-'));
  const rules = [...SITE_HOSTS.map((h) => `MAP ${h}:443 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'];
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--disable-extensions',
      `--host-resolver-rules=${rules.join(', ')}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export async function startBrowsers(): Promise<BenchBrowsers> {
  const pages: Record<string, string> = {};
  const server = await startFixtureServer(pages);
  const closers: (() => Promise<void>)[] = [() => server.close()];
  try {
    const ext = await launchWithExtension(server.port);
    closers.unshift(() => ext.close());
    const plain = await launchPlain(server.port);
    closers.unshift(() => plain.close());
    return { server, pages, ext, plain: plain.context, close: () => closeAll(closers) };
  } catch (error) {
    await closeAll(closers);
    throw error;
  }
}

async function closeAll(closers: readonly (() => Promise<void>)[]): Promise<void> {
  for (const close of closers) await close().catch(() => undefined);
}

// The two browsers the real-browser figures compare: Debian's Chromium with the extension, and
// the same Chromium with the same flags but no extension, both pointed at the harness's fixture
// server, which also serves the generated heavy pages. The extension comes from the bench's
// own build (build-dist.ts), not dist/, which other builds in the same tree rewrite meanwhile.
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, type ExtensionBrowser } from '../../test/e2e/harness/browser';
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

/** The harness's Chromium flags; with `extensionDir`, that unpacked extension is loaded. */
export async function launch(port: number, extensionDir: string | null): Promise<ExtensionBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'cv-bench-profile-'));
  const rules = [...SITE_HOSTS.map((h) => `MAP ${h}:443 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'];
  const extension = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
    args: [
      ...extension,
      `--host-resolver-rules=${rules.join(', ')}`,
      ...['--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-quic'],
      ...['--no-first-run', '--disable-background-networking', '--disable-component-update'],
      '--disable-sync',
    ],
  });
  const worker = async () =>
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = extensionDir ? new URL((await worker()).url()).host : '';
  const close = async () => {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  return { context, extensionId, profileDir, worker, close };
}

export async function startBrowsers(extensionDir: string): Promise<BenchBrowsers> {
  const pages: Record<string, string> = {};
  const server = await startFixtureServer(pages);
  const closers: (() => Promise<void>)[] = [() => server.close()];
  try {
    const ext = await launch(server.port, extensionDir);
    closers.unshift(() => ext.close());
    const plain = await launch(server.port, null);
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

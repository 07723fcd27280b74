// The set-up most end-to-end files share: the fixture server and Chromium with the extension,
// started before the file's first test and closed after its last.
import { after, before } from 'node:test';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startFixtureServer, type RunningServer } from './fixture-server';

/** Registers the file's before/after hooks; read `ext` and `server` inside tests and hooks. */
export function extensionPerFile(extraPages?: Record<string, string>): {
  ext: ExtensionBrowser;
  server: RunningServer;
} {
  const running = {} as { ext: ExtensionBrowser; server: RunningServer };
  before(async () => {
    running.server = await startFixtureServer(extraPages);
    running.ext = await launchWithExtension(running.server.port);
  });
  after(async () => {
    await running.ext?.close();
    await running.server?.close();
  });
  return running;
}

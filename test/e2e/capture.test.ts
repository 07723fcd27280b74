// What the page itself loads, in real Chromium: the fixture pages' own scripts fetch the next
// pages of posts and comments like the sites do, and the extension stores what they carry.
// The cases are shared with Firefox (firefox/capture.test.ts).
import { after, before } from 'node:test';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { chromiumSession } from './harness/extension-pages';
import { startCaptureServer, type CaptureServer } from './capture-server';
import { captureContext, type CaptureContext } from './capture-cases';
import { captureTests } from './capture-suite';

let server: CaptureServer;
let ext: ExtensionBrowser;
let ctx: CaptureContext;

before(async () => {
  server = await startCaptureServer();
  ext = await launchWithExtension(server.port);
  const session = chromiumSession(ext);
  ctx = captureContext(session, await session.openExtensionPage('options.html'));
});
after(async () => {
  await ext?.close();
  await server?.close();
});

captureTests(
  '',
  () => ctx,
  () => server.requests,
);

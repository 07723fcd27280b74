// What the page itself loads, in Firefox ESR (WebDriver BiDi): the same cases as
// capture.test.ts (Chromium), and the console must stay free of errors from the extension.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchFirefox, type FirefoxExtension } from '../harness/firefox';
import { startCaptureServer, type CaptureServer } from '../capture-server';
import { captureContext, type CaptureContext } from '../capture-cases';
import { captureTests } from '../capture-suite';

let server: CaptureServer;
let ext: FirefoxExtension;
let ctx: CaptureContext;

before(async () => {
  server = await startCaptureServer();
  ext = await launchFirefox(server.port);
  ctx = captureContext(ext, await ext.openExtensionPage('options.html'));
});
after(async () => {
  await ext?.close();
  await server?.close();
});

captureTests(
  'Firefox: ',
  () => ctx,
  () => server.requests,
);

test('Firefox: the console shows no error or CSP report from the extension', async () => {
  assert.deepEqual(await ext.consoleErrors(), []);
});

// Stops the extension's service worker the way Chrome does when it idles, to prove that
// nothing depends on it staying alive.
import type { ExtensionBrowser } from './browser';

type Targets = { targetInfos: { targetId: string; type: string; url: string }[] };

export async function stopServiceWorker(ext: ExtensionBrowser): Promise<void> {
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    const list = async () => ((await cdp.send('Target.getTargets')) as Targets).targetInfos;
    const prefix = `chrome-extension://${ext.extensionId}/`;
    const worker = (await list()).find(
      (t) => t.type === 'service_worker' && t.url.startsWith(prefix),
    );
    if (!worker) throw new Error('extension service worker not found');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    for (let i = 0; i < 50; i++) {
      if (!(await list()).some((t) => t.targetId === worker.targetId)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('service worker did not stop');
  } finally {
    await page.close();
  }
}

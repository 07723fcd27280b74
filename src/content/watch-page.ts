import type { SiteAdapter } from '../sites/types';
import type { PageSnapshot } from '../shared/model';
import { contextAlive, listenToExtension, sendToBackground } from '../platform/content-runtime';
import { answerExtension } from './answer-extension';

/** Lazily loaded posts and comments arrive in bursts: read once they settle. */
const SETTLE_MS = 400;

/**
 * Follows the single-page site: re-reads when the URL changes in place or new content
 * arrives, sends changed readings, and stops for good when the extension is reloaded.
 */
export function watchPage(adapter: SiteAdapter): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = '';
  let latest: PageSnapshot | null = null;

  const readNow = (): PageSnapshot | null => {
    const url = new URL(location.href);
    if (adapter.detect(url) === 'other') return (latest = null);
    return (latest = adapter.read(document, url, new Date()));
  };

  const readAndSend = () => {
    timer = undefined;
    if (!contextAlive()) return stop();
    const snapshot = readNow();
    if (!snapshot) return;
    // Same content as last time (capture time aside): nothing to store.
    const key = JSON.stringify({ ...snapshot, capturedAt: '' });
    if (key === lastSent) return;
    lastSent = key;
    sendToBackground({ type: 'content/snapshot', snapshot }).catch(() => {
      lastSent = ''; // the worker was stopping; the next change retries
      if (contextAlive()) schedule();
    });
  };

  const schedule = () => {
    if (timer === undefined) timer = setTimeout(readAndSend, SETTLE_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('popstate', schedule);
  const unlisten = listenToExtension((message) =>
    answerExtension(message, adapter, () => latest ?? readNow()),
  );

  function stop() {
    observer.disconnect();
    removeEventListener('popstate', schedule);
    if (timer !== undefined) clearTimeout(timer);
    unlisten();
  }

  readAndSend();
}

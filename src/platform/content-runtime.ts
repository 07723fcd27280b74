// The content script's view of the extension API. It avoids webextension-polyfill (3 KB gzip)
// because the content script has a 12 KB budget and needs only three calls.
import type { ContentToBackground } from '../shared/messages';

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown, callback?: (reply: unknown) => void): Promise<unknown> | void;
  onMessage: {
    addListener(
      fn: (
        message: unknown,
        sender: { id?: string; tab?: unknown },
        reply: (r: unknown) => void,
      ) => unknown,
    ): void;
    removeListener(fn: (...args: never[]) => unknown): void;
  };
  lastError?: unknown;
}

const api = globalThis as { browser?: { runtime: RuntimeLike }; chrome?: { runtime: RuntimeLike } };
// `chrome.*` first: both browsers accept its callback form, which this file relies on.
const runtime = (): RuntimeLike | undefined => (api.chrome ?? api.browser)?.runtime;

/** False once the extension was reloaded or updated: the orphaned script must stop. */
export function contextAlive(): boolean {
  try {
    return !!runtime()?.id;
  } catch {
    return false;
  }
}

export function sendToBackground(message: ContentToBackground): Promise<unknown> {
  const rt = runtime();
  if (!rt?.id) return Promise.reject(new Error('extension context invalidated'));
  return new Promise((resolve, reject) => {
    const maybe = rt.sendMessage(message, (reply) => {
      const error = rt.lastError;
      if (error) reject(error);
      else resolve(reply);
    });
    if (maybe && typeof (maybe as Promise<unknown>).then === 'function')
      maybe.then(resolve, reject);
  });
}

/** Answers messages from this extension's own pages only; the handler may be async. */
export function listenToExtension(
  handler: (message: unknown) => Promise<unknown> | null,
): () => void {
  const rt = runtime();
  const listener = (
    message: unknown,
    sender: { id?: string; tab?: unknown },
    reply: (r: unknown) => void,
  ) => {
    // Only this extension can reach a content script through tabs.sendMessage: its pages,
    // whether shown as the toolbar popup or in a tab (sender.tab is then set), may ask.
    if (sender.id !== rt?.id) return false;
    const answer = handler(message);
    if (!answer) return false;
    answer.then(reply, (error: unknown) => reply({ ok: false, error: String(error) }));
    return true;
  };
  rt?.onMessage.addListener(listener);
  return () => rt?.onMessage.removeListener(listener);
}

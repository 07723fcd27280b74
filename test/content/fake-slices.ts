import type { Slices } from '../../src/content/slices';

/**
 * A scheduler under the test's control: `idle()` and `yield()` wait until the test lets them
 * go. Everything it logs is in order of happening.
 */
export function fakeSlices(log: string[]) {
  const waiting: Array<() => void> = [];
  const wait = (what: string) =>
    new Promise<void>((resolve) => {
      log.push(what);
      waiting.push(resolve);
    });
  const slices: Slices = {
    idle: () => wait('idle'),
    yield: () => wait('yield'),
  };
  /** Lets every waiting slice go, then lets their continuations run. */
  const release = async () => {
    for (const go of waiting.splice(0)) go();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { slices, release };
}

/** How the extension's pages reach a content script (the popup's "ui/getReading"). */
export type ExtensionListener = (
  message: unknown,
  sender: { id: string },
  reply: (answer: unknown) => void,
) => unknown;

/**
 * The extension runtime a content script sees, logging each message it sends and keeping the
 * listeners it adds in `listeners`.
 */
export function fakeRuntime(
  log: string[],
  sent: unknown[] = [],
  listeners: ExtensionListener[] = [],
) {
  return {
    runtime: {
      id: 'ext',
      sendMessage: (message: unknown, reply: (r: unknown) => void) => {
        log.push('send');
        sent.push(message);
        reply({ ok: true });
      },
      onMessage: {
        addListener: (fn: ExtensionListener) => void listeners.push(fn),
        removeListener: () => undefined,
      },
    },
  };
}

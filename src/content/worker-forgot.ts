/**
 * How the capture script tells the reading script that the worker no longer knows the page
 * (it stopped and lost what it held in memory): the reading script then sends its reading
 * whole again, so the items the page loads have a page to join. Both scripts run in the
 * extension's isolated world, so the hand-off hangs on that world's global, out of the page's
 * reach.
 */
const KEY = Symbol.for('creator-vetting.worker-forgot');
type Slot = Record<symbol, (() => void) | undefined>;

export function onWorkerForgot(fn: () => void): () => void {
  (globalThis as unknown as Slot)[KEY] = fn;
  return () => {
    if ((globalThis as unknown as Slot)[KEY] === fn)
      (globalThis as unknown as Slot)[KEY] = undefined;
  };
}

export function workerForgot(): void {
  (globalThis as unknown as Slot)[KEY]?.();
}

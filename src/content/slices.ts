/**
 * How the content scripts share the page's main thread: their work waits until the page is
 * idle, and is cut into slices that hand the thread back in between, so none of it becomes
 * a long task while the site renders. `browserSlices` is the real thing; tests pass a fake.
 */
export interface Slices {
  /** Resolves once the page is idle (or after a bounded wait on a page that never is). */
  idle(): Promise<void>;
  /** Resolves in a new task, after the page has had its turn. */
  yield(): Promise<void>;
  /** A monotonic clock in ms (performance.now). */
  now(): number;
}

/** Most a slice may run before it yields; long tasks start at 50 ms. */
export const SLICE_MS = 4;
/** A page that is never idle is still read, this long after it asked. */
const IDLE_TIMEOUT_MS = 1000;

interface Scheduler {
  yield?: () => Promise<void>;
}

export function browserSlices(): Slices {
  const g = globalThis as { scheduler?: Scheduler };
  const later = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    idle: () =>
      typeof requestIdleCallback === 'function'
        ? new Promise((resolve) =>
            requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }),
          )
        : later(),
    // scheduler.yield (Chromium 129+) resumes ahead of other queued work; elsewhere a new task.
    yield: () => (typeof g.scheduler?.yield === 'function' ? g.scheduler.yield() : later()),
    now: () => performance.now(),
  };
}

/**
 * Calls `step` on each item, yielding whenever a slice has run SLICE_MS: the work is the same
 * as a plain loop, in the same order, only spread over several tasks.
 */
export async function eachSliced<T>(
  items: Iterable<T>,
  step: (item: T) => void,
  slices: Slices,
): Promise<void> {
  let start = slices.now();
  for (const item of items) {
    if (slices.now() - start >= SLICE_MS) {
      await slices.yield();
      start = slices.now();
    }
    step(item);
  }
}

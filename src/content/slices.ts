/**
 * How the content scripts share the page's main thread: their work waits until the page is
 * idle, and is cut into steps that hand the thread back in between, so none of it becomes
 * a long task while the site renders. `browserSlices` is the real thing; tests pass a fake.
 */
export interface Slices {
  /** Resolves once the page is idle (or after a bounded wait on a page that never is). */
  idle(): Promise<void>;
  /** Resolves in a new task, after the page has had its turn. */
  yield(): Promise<void>;
}

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
  };
}

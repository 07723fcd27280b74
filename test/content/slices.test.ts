// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Slices } from '../../src/content/slices';
import { watchPage } from '../../src/content/watch-page';
import { emptyReading } from '../../src/shared/model';
import type { SiteAdapter } from '../../src/sites/types';

/**
 * A scheduler under the test's control: `idle()` and `yield()` wait until the test lets them
 * go. Everything it logs is in order of happening.
 */
function fakeSlices(log: string[]) {
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

const runtimeKey = 'chrome';
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as Record<string, unknown>)[runtimeKey];
});

describe('watchPage on a busy page', () => {
  it('reads a fresh page at once, then later passes only when idle, yielding between steps', async () => {
    vi.useFakeTimers();
    const log: string[] = [];
    (globalThis as Record<string, unknown>)[runtimeKey] = {
      runtime: {
        id: 'ext',
        sendMessage: (_m: unknown, reply: (r: unknown) => void) => {
          log.push('send');
          reply({ ok: true });
        },
        onMessage: { addListener: () => undefined, removeListener: () => undefined },
      },
    };
    let reads = 0;
    const adapter: SiteAdapter = {
      platform: 'tiktok',
      hosts: ['www.tiktok.com'],
      detect: () => 'profile',
      read: (_doc, url, now) => {
        log.push('read');
        // Each read finds another display name, so each reading differs and is sent.
        return {
          ...emptyReading('tiktok', 'profile', url.href, now),
          handle: 'ana',
          displayName: `Ana ${++reads}`,
        };
      },
      statsRegion: () => null,
    };
    const { slices, release } = fakeSlices(log);
    watchPage(adapter, () => null, slices);
    for (let i = 0; i < 10; i++) await Promise.resolve(); // microtasks only: the same task
    // Injected at document_idle: the first reading is sent before the page can be closed.
    expect(log).toEqual(['read', 'send']);
    log.length = 0;
    dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(log).toEqual(['idle']); // nothing read until the page is idle
    await release();
    expect(log).toEqual(['idle', 'read', 'yield']);
    for (let i = 0; i < 3; i++) await release();
    // The merge, and the compare with its send, each came in a task of their own.
    expect(log).toEqual(['idle', 'read', 'yield', 'yield', 'send']);
  });
});

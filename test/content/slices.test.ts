// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeRuntime, fakeSlices } from './fake-slices';
import { watchPage } from '../../src/content/watch-page';
import { emptyReading } from '../../src/shared/model';
import type { SiteAdapter } from '../../src/sites/types';

const runtimeKey = 'chrome';
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as Record<string, unknown>)[runtimeKey];
});

describe('watchPage on a busy page', () => {
  it('reads a fresh page in the next task, later passes only when idle, yielding between steps', async () => {
    vi.useFakeTimers();
    const log: string[] = [];
    (globalThis as Record<string, unknown>)[runtimeKey] = fakeRuntime(log);
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
    // YouTube's channel alias parses the page's JSON too: it belongs to the first read's task.
    watchPage(adapter, slices, () => {
      log.push('prime');
      return [];
    });
    for (let i = 0; i < 10; i++) await Promise.resolve(); // microtasks only: the same task
    // Nothing is read in the task that evaluates the script: the first pass waits one yield,
    // not for idle time, and yields between its steps like every pass.
    expect(log).toEqual(['yield']);
    for (let i = 0; i < 4; i++) await release();
    // The first read reads no item (it parses the page's JSON), the second reads the items.
    expect(log).toEqual(['yield', 'prime', 'read', 'yield', 'read', 'yield', 'yield', 'send']);
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

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../src/content/watch-page';
import { workerForgot } from '../../src/content/worker-forgot';
import { emptyReading } from '../../src/shared/model';
import type { Slices } from '../../src/content/slices';
import type { SiteAdapter } from '../../src/sites/types';

const adapter: SiteAdapter = {
  platform: 'tiktok',
  hosts: ['www.tiktok.com'],
  detect: () => 'profile',
  read: (_doc, url, now) => ({
    ...emptyReading('tiktok', 'profile', url.href, now),
    handle: 'ana',
  }),
  statsRegion: () => null,
};
const immediate: Slices = { idle: async () => {}, yield: async () => {} };

/** A worker that answers each send when `answer` is called (in order), as stored. */
function slowWorker() {
  const types: string[] = [];
  const waiting: Array<() => void> = [];
  const runtime = {
    id: 'ext',
    sendMessage(message: { type: string }, callback: (reply: unknown) => void) {
      types.push(message.type);
      waiting.push(() => callback({ ok: true, creatorId: 'tiktok:ana' }));
    },
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
  };
  (globalThis as { chrome?: unknown }).chrome = { runtime };
  return { types, answer: () => waiting.shift()?.() };
}

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('a worker that forgot the page', () => {
  it('gets the reading whole again, once it had confirmed storing it', async () => {
    vi.useFakeTimers();
    const worker = slowWorker();
    watchPage(adapter, immediate);
    await vi.advanceTimersByTimeAsync(0);
    expect(worker.types).toEqual(['content/reading']);
    // Not yet confirmed: the worker simply has not stored it yet, nothing is sent again.
    workerForgot();
    await vi.advanceTimersByTimeAsync(5000);
    expect(worker.types).toEqual(['content/reading']);
    worker.answer();
    await vi.advanceTimersByTimeAsync(0);
    workerForgot();
    await vi.advanceTimersByTimeAsync(5000);
    expect(worker.types).toEqual(['content/reading', 'content/reading']);
    // One forgetting, one resend: a second word before the next confirmation changes nothing.
    workerForgot();
    await vi.advanceTimersByTimeAsync(5000);
    expect(worker.types).toHaveLength(2);
  });
});

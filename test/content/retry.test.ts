// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../src/content/watch-page';
import { emptyReading } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import type { Slices } from '../../src/content/slices';
import type { SiteAdapter } from '../../src/sites/types';

/** A runtime whose worker is stopped for the first `down` sends, then answers. */
function fakeRuntime(down: number) {
  const sent: unknown[] = [];
  const runtime = {
    id: 'ext',
    lastError: undefined as unknown,
    sendMessage(message: unknown, callback: (reply: unknown) => void) {
      sent.push(message);
      const failing = sent.length <= down;
      runtime.lastError = failing ? { message: 'Receiving end does not exist.' } : undefined;
      callback(failing ? undefined : { ok: true, creatorId: 'instagram:ana' });
      runtime.lastError = undefined;
    },
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
  };
  (globalThis as { chrome?: unknown }).chrome = { runtime };
  return sent;
}

const adapter: SiteAdapter = {
  platform: 'instagram',
  hosts: ['www.instagram.com'],
  detect: () => 'profile',
  read: (_doc, url, now) => ({
    ...emptyReading('instagram', 'profile', url.href, now),
    handle: 'ana',
  }),
  statsRegion: () => null,
};

/** Idle at once and no real yielding: this test is about retries, not slicing. */
const immediate: Slices = { idle: async () => {}, yield: async () => {} };

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('a reading sent while the worker was stopped', () => {
  it('is sent again once the worker is back, without a page change', async () => {
    vi.useFakeTimers();
    const sent = fakeRuntime(2);
    watchPage(adapter, immediate);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toHaveLength(3);
    // Delivered: nothing more is sent while the page stays the same.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toEqual(sent[0]);
  });
});

describe('a patch the worker cannot apply', () => {
  it('is followed by the whole reading', async () => {
    vi.useFakeTimers();
    const types: string[] = [];
    const runtime = {
      id: 'ext',
      sendMessage(message: { type: string }, callback: (reply: unknown) => void) {
        types.push(message.type);
        // A worker whose record is gone: patches are refused, whole readings stored.
        const patch = message.type === 'content/readingPatch';
        callback(patch ? { ok: false, error: 'Nothing stored to patch.' } : { ok: true });
      },
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    };
    (globalThis as { chrome?: unknown }).chrome = { runtime };
    const counting: SiteAdapter = {
      ...adapter,
      read: (doc, url, now) => ({
        ...adapter.read(doc, url, now),
        followers: exact(doc.querySelectorAll('div').length, 'text'),
      }),
    };
    watchPage(counting, immediate);
    await vi.advanceTimersByTimeAsync(0);
    expect(types).toEqual(['content/reading']);
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(types.slice(0, 2)).toEqual(['content/reading', 'content/readingPatch']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(types).toEqual(['content/reading', 'content/readingPatch', 'content/reading']);
  });
});

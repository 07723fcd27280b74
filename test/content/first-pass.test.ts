// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeRuntime, fakeSlices, type ExtensionListener } from './fake-slices';
import { watchPage } from '../../src/content/watch-page';
import type { PageReading } from '../../src/shared/model';
import { emptyReading } from '../../src/shared/model';
import { blankPost } from '../../src/sites/common/grid';
import { readItems } from '../../src/sites/common/item-memo';
import type { SiteAdapter } from '../../src/sites/types';

const runtimeKey = 'chrome';
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as Record<string, unknown>)[runtimeKey];
  document.body.replaceChildren();
});

/** A post page whose comments are the document's list items, read through the item memo. */
function commentPage(log: string[]): SiteAdapter {
  return {
    platform: 'tiktok',
    hosts: ['www.tiktok.com'],
    detect: () => 'post',
    read: (doc, url, now) => {
      log.push('read');
      const commentSample = readItems(Array.from(doc.querySelectorAll('li')), 'en', (missed) => {
        log.push(`fresh ${missed.length}`);
        return missed.map((li) => ({
          author: 'fan',
          text: li.textContent!,
          likes: null,
          at: null,
        }));
      });
      const post = { ...blankPost(url.href), commentSample };
      return { ...emptyReading('tiktok', 'post', url.href, now), handle: 'ana', posts: [post] };
    },
    statsRegion: () => null,
  };
}

function addComments(n: number): void {
  const ul = document.createElement('ul');
  for (let i = 0; i < n; i++)
    ul.append(Object.assign(document.createElement('li'), { textContent: `c${i}` }));
  document.body.append(ul);
}

/** watchPage on a post page with `n` comments, its scheduler and runtime faked. */
function watchComments(n: number) {
  const log: string[] = [];
  const sent: unknown[] = [];
  const listeners: ExtensionListener[] = [];
  (globalThis as Record<string, unknown>)[runtimeKey] = fakeRuntime(log, sent, listeners);
  addComments(n);
  const { slices, release } = fakeSlices(log);
  watchPage(commentPage(log), slices);
  return { log, sent, release, listeners };
}

const commentsIn = (sent: unknown[]) =>
  sent.flatMap((m) => (m as { reading: PageReading }).reading.posts[0]!.commentSample);

describe('the first pass of a page', () => {
  it('is read and sent at once when the page is closed before it ran', async () => {
    const { log, sent, release } = watchComments(150);
    expect(log).toEqual(['yield']);
    dispatchEvent(new Event('pagehide'));
    // Read and sent whole, in the closing task: the worker gets all 150 comments.
    expect(log).toEqual(['yield', 'read', 'fresh 150', 'send']);
    expect(commentsIn(sent)).toHaveLength(150);
    for (let i = 0; i < 4; i++) await release();
    expect(log.filter((l) => l === 'read')).toHaveLength(1);
  });

  it('reads a long comment list a slice per pass, each in idle time, until all are sent', async () => {
    vi.useFakeTimers();
    const { log, sent, release } = watchComments(150);
    for (let i = 0; i < 12; i++) {
      await release();
      await vi.advanceTimersByTimeAsync(0);
    }
    // 60 comments afresh per pass (the newest first), the rest waiting for idle time.
    expect(log.filter((l) => l.startsWith('fresh'))).toEqual(['fresh 60', 'fresh 60', 'fresh 30']);
    expect(log.filter((l) => l === 'idle')).toHaveLength(2);
    const texts = commentsIn(sent).map((c) => c.text);
    expect(new Set(texts).size).toBe(150);
    expect(texts.slice(0, 2)).toEqual(['c90', 'c91']);
    // Once everything is read, no further pass is started.
    log.length = 0;
    await vi.advanceTimersByTimeAsync(5000);
    expect(log).toEqual([]);
  });

  it('reads and sends the rest at once when the popup asks mid-way', async () => {
    vi.useFakeTimers();
    const { sent, release, listeners } = watchComments(150);
    for (let i = 0; i < 4; i++) await release();
    expect(commentsIn(sent)).toHaveLength(60); // the first pass: one slice
    let answer: { reading: PageReading } | null = null;
    for (const listen of listeners)
      listen({ type: 'ui/getReading' }, { id: 'ext' }, (r) => (answer = r as typeof answer));
    await vi.advanceTimersByTimeAsync(0);
    expect(answer!.reading.posts[0]!.commentSample).toHaveLength(150);
    // The worker got the other 90 with it, before any idle pass.
    expect(new Set(commentsIn(sent).map((c) => c.text)).size).toBe(150);
  });
});

import { describe, expect, it } from 'vitest';
import { tabQueue } from '../../src/background/tab-queue';
import { routeMessage } from '../../src/background/router';
import { emptyReading } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import { blankPost } from '../../src/sites/common/grid';

/** A piece of work the test finishes by hand, logging when it starts. */
function manual(log: string[], name: string) {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: () => {
      log.push(`start ${name}`);
      return done.then(() => void log.push(`end ${name}`));
    },
    finish: () => finish(),
  };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a tab's stores", () => {
  it('run one after another in order per tab, and side by side across tabs', async () => {
    const inOrder = tabQueue();
    const log: string[] = [];
    const [a, b, c] = [manual(log, 'a'), manual(log, 'b'), manual(log, 'c')];
    const runs = [inOrder(1, a.work), inOrder(1, b.work), inOrder(2, c.work)];
    await settle();
    expect(log).toEqual(['start a', 'start c']);
    b.finish(); // b cannot end before it started, after a
    c.finish();
    await settle();
    expect(log).toEqual(['start a', 'start c', 'end c']);
    a.finish();
    await Promise.all(runs);
    expect(log).toEqual(['start a', 'start c', 'end c', 'end a', 'start b', 'end b']);
  });

  it('go on after one fails, which answers its own caller with the failure', async () => {
    const inOrder = tabQueue();
    const failed = inOrder(1, () => Promise.reject(new Error('disk full')));
    await expect(failed).rejects.toThrow('disk full');
    await expect(inOrder(1, () => Promise.resolve(7))).resolves.toBe(7);
  });

  it('let a patch sent right behind its whole reading apply to it', async () => {
    const sender = { tabId: 41, url: 'https://www.instagram.com/zoe/', fromExtensionPage: false };
    const snap = emptyReading('instagram', 'profile', sender.url, new Date());
    snap.handle = 'zoe';
    const post = { ...blankPost('https://www.instagram.com/p/Z1/'), likes: exact(5, 'text') };
    const whole = routeMessage({ type: 'content/reading', reading: snap }, sender);
    const patch = routeMessage(
      { type: 'content/readingPatch', reading: { ...snap, posts: [post] } },
      sender,
    );
    expect(await Promise.all([whole, patch])).toEqual([
      { ok: true, creatorId: 'instagram:zoe' },
      { ok: true, creatorId: 'instagram:zoe' },
    ]);
  });
});

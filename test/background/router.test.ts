import { describe, expect, it } from 'vitest';
import { routeMessage } from '../../src/background/router';
import { emptyReading } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import { getCreator } from '../../src/storage/creators';
import { openVettingDb } from '../../src/storage/open';

const tabSender = (url: string) => ({ tabId: 7, url, fromExtensionPage: false });
const page = { tabId: null, url: 'chrome-extension://abc/popup.html', fromExtensionPage: true };

function reading(followers = 8400) {
  const snap = emptyReading('instagram', 'profile', 'https://www.instagram.com/lena/', new Date());
  snap.handle = 'lena';
  snap.followers = exact(followers, 'meta');
  return snap;
}

describe('background router', () => {
  it('stores a valid reading from its own site', async () => {
    const reply = await routeMessage(
      { type: 'content/reading', reading: reading() },
      tabSender('https://www.instagram.com/lena/'),
    );
    expect(reply).toEqual({ ok: true, creatorId: 'instagram:lena' });
  });

  it('rejects a malformed reading with a readable error and stores nothing', async () => {
    const bad = {
      ...reading(),
      followers: { value: -5, low: 0, high: 0, source: 'text', raw: '' },
    };
    const reply = (await routeMessage(
      { type: 'content/reading', reading: bad },
      tabSender('https://www.instagram.com/lena/'),
    )) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/followers/);
  });

  it('rejects a reading that claims another site than its tab', async () => {
    const reply = (await routeMessage(
      { type: 'content/reading', reading: reading() },
      tabSender('https://www.tiktok.com/@lena'),
    )) as { ok: boolean };
    expect(reply.ok).toBe(false);
  });

  it('content scripts cannot send page messages, pages cannot send readings', async () => {
    const fromTab = (await routeMessage(
      { type: 'ui/rescore', creatorId: 'instagram:lena' },
      tabSender('https://www.instagram.com/lena/'),
    )) as { ok: boolean };
    expect(fromTab.ok).toBe(false);
    const fromPage = (await routeMessage(
      { type: 'content/reading', reading: reading() },
      page,
    )) as {
      ok: boolean;
    };
    expect(fromPage.ok).toBe(false);
  });

  it('drops unknown messages and unknown senders', async () => {
    expect(await routeMessage({ hello: 'other extension' }, page)).toMatchObject({ ok: false });
    expect(await routeMessage(null, page)).toMatchObject({ ok: false });
    expect(
      await routeMessage(
        { type: 'content/reading', reading: reading() },
        {
          tabId: null,
          url: null,
          fromExtensionPage: false,
        },
      ),
    ).toMatchObject({ ok: false });
  });

  it('applies a patch only on top of a stored record, and merges its new comments', async () => {
    const sender = tabSender('https://www.instagram.com/mia/');
    const snap = { ...reading(), url: 'https://www.instagram.com/mia/', handle: 'mia' };
    const post = {
      url: 'https://www.instagram.com/p/M1/',
      views: null,
      likes: exact(10, 'text'),
      comments: null,
      pinned: null,
      caption: null,
      hashtags: [],
      postedAt: null,
      commentSample: [{ author: 'fan1', text: 'nice', likes: null, at: null }],
    };
    const patch = { type: 'content/readingPatch', reading: { ...snap, posts: [post] } };
    const orphan = (await routeMessage(patch, sender)) as { ok: boolean; error: string };
    expect(orphan.ok).toBe(false);
    expect(orphan.error).toMatch(/whole reading/);
    const opened = await openVettingDb();
    if (!opened.ok) throw new Error(opened.reason);
    expect(await getCreator(opened.db, 'instagram:mia')).toBeNull();

    await routeMessage({ type: 'content/reading', reading: { ...snap, posts: [post] } }, sender);
    const more = { ...post, likes: exact(12, 'text') };
    more.commentSample = [{ author: 'fan2', text: 'great', likes: null, at: null }];
    const applied = await routeMessage({ ...patch, reading: { ...snap, posts: [more] } }, sender);
    expect(applied).toEqual({ ok: true, creatorId: 'instagram:mia' });
    const stored = await getCreator(opened.db, 'instagram:mia');
    opened.db.close();
    expect(stored?.posts[0]?.likes?.value).toBe(12);
    expect(stored?.posts[0]?.commentSample.map((c) => c.author).sort()).toEqual(['fan1', 'fan2']);
  });
});

import { describe, expect, it } from 'vitest';
import { readPageData } from '../../src/background/page-data';
import { routeMessage } from '../../src/background/router';
import { MAX_BODY_CHARS } from '../../src/shared/page-data';
import { MAYA } from '../fixtures/sites/generate/tiktok-data';
import { MAYA_MORE, ttCommentList, ttItemList } from '../fixtures/responses/bodies';

const PROFILE = `https://www.tiktok.com/@${MAYA.handle}`;
const ITEMS = 'https://www.tiktok.com/api/post/item_list/?count=30&cursor=0';
const tab = (url = PROFILE) => ({ tabId: 3, url, fromExtensionPage: false });
const message = (body: unknown, url = ITEMS, page = PROFILE) => ({
  type: 'content/pageData' as const,
  url,
  page,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  locale: 'en',
});
const loadedOf = async (msg: ReturnType<typeof message>, sender = tab()) =>
  readPageData(msg, sender.url, new Date());

describe('the worker reads the bodies the page loaded', () => {
  it("answers an item list with the creator's posts, likes, comments and shares", async () => {
    const loaded = await loadedOf(message(ttItemList(MAYA_MORE)));
    expect(loaded?.posts).toHaveLength(MAYA_MORE.length);
    const first = loaded!.posts[0]!;
    expect(first.owner).toBe(MAYA.handle.toLowerCase());
    expect(first.post.likes?.value).toBe(MAYA_MORE[0]!.likes);
    expect(first.post.shares?.value).toBe(MAYA_MORE[0]!.shares);
    expect(first.post.loaded).toBe(true);
  });

  it('answers a comment list with the comments, their times and authors', async () => {
    const url = 'https://www.tiktok.com/api/comment/list/?aweme_id=7381122334455000010';
    const loaded = await loadedOf(message(ttCommentList('7381122334455000010'), url));
    const comments = loaded?.comments[0]?.comments ?? [];
    expect(comments.map((c) => c.author)).toContain('fit.jess');
    expect(comments.every((c) => c.at !== null && c.loaded)).toBe(true);
  });

  it('reads nothing a page could plant for another site, or from another site', async () => {
    // The tab is TikTok: an Instagram body, or a TikTok body claimed by an Instagram tab, is not read.
    const ig = 'https://www.instagram.com/api/v1/users/web_profile_info/?username=x';
    expect(await loadedOf(message(ttItemList(MAYA_MORE), ig))).toBeNull();
    expect(
      await loadedOf(message(ttItemList(MAYA_MORE)), tab('https://www.instagram.com/x/')),
    ).toBeNull();
    const http = ITEMS.replace('https:', 'http:');
    expect(await loadedOf(message(ttItemList(MAYA_MORE), http))).toBeNull();
    const other = 'https://www.tiktok.com/api/recommend/item_list/';
    expect(await loadedOf(message(ttItemList(MAYA_MORE), other))).toBeNull();
  });

  it('answers malformed bodies with nothing, and refuses oversized ones with a message', async () => {
    expect(await loadedOf(message('{"itemList": [1, 2'))).toBeNull();
    expect(await loadedOf(message({ itemList: [{ id: 'x' }, null, 7] }))).toEqual(
      expect.objectContaining({ posts: [] }),
    );
    const huge = (await routeMessage(message('x'.repeat(MAX_BODY_CHARS + 1)), tab())) as {
      ok: boolean;
      error?: string;
    };
    expect(huge.ok).toBe(false);
    expect(huge.error).toMatch(/body/);
  });

  it('is not for the extension pages to send', async () => {
    const fromPage = {
      tabId: null,
      url: 'chrome-extension://abc/popup.html',
      fromExtensionPage: true,
    };
    const reply = (await routeMessage(message(ttItemList(MAYA_MORE)), fromPage)) as { ok: boolean };
    expect(reply.ok).toBe(false);
  });
});

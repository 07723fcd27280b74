import { describe, expect, it } from 'vitest';
import { routeMessage } from '../../src/background/router';
import { emptyReading } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';

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
});

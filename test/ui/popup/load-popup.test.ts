import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReading } from '../../../src/shared/reading-factory';
import { openVettingDb, type DbResult } from '../../../src/storage/open';

// The tab's side and the page's one connection, under the test's control.
const calls: string[] = [];
let openDb: (result: DbResult) => void = () => undefined;
vi.mock('../../../src/platform/extension', () => ({
  getTab: async (id: number) => (calls.push('tab'), { id, url: null }),
  activeTab: async () => null,
  sendToTab: async () => {
    calls.push('ask');
    const reading = emptyReading('tiktok', 'profile', 'https://www.tiktok.com/@ana', new Date(0));
    return { ok: true, reading: { ...reading, handle: 'ana' } };
  },
}));
vi.mock('../../../src/storage/open', async (original) => ({
  ...(await original<typeof import('../../../src/storage/open')>()),
  sharedDb: () => new Promise<DbResult>((resolve) => (openDb = resolve)),
}));
const { loadPopup } = await import('../../../src/ui/popup/load-popup');

afterEach(() => vi.unstubAllGlobals());

describe('loadPopup', () => {
  it('asks the tab while the database is still opening, then reads the creator', async () => {
    vi.stubGlobal('location', { search: '?tab=7' });
    const loading = loadPopup();
    await vi.waitFor(() => expect(calls).toEqual(['tab', 'ask']), { timeout: 10_000 });
    const opened = await openVettingDb(`load-popup-${Date.now()}`);
    openDb(opened);
    const state = await loading;
    expect(state).toMatchObject({ kind: 'ready', creatorId: 'tiktok:ana', readerTabId: 7 });
  });

  it('says storage is unavailable when the database cannot open, whatever the tab says', async () => {
    vi.stubGlobal('location', { search: '?tab=7' });
    const loading = loadPopup();
    openDb({ ok: false, reason: 'blocked' });
    expect(await loading).toEqual({ kind: 'storage-unavailable', reason: 'blocked' });
  });
});

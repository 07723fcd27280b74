import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyJoiner } from '../../src/background/body-pieces';
import { routeMessage } from '../../src/background/router';
import type { PageDataReply } from '../../src/shared/messages';
import { BODY_PIECE_CHARS, bodyPieces } from '../../src/shared/page-data';
import { PAUL_MORE, ytVideosContinuation } from '../fixtures/responses/bodies';
import { PAUL } from '../fixtures/sites/generate/youtube-data';
import { emptyReading } from '../../src/shared/model';
import { getCreator } from '../../src/storage/creators';
import { openVettingDb } from '../../src/storage/open';
import { withMediaLinks } from '../fixtures/responses/media-links';

const PAGE = 'https://www.youtube.com/@techtalkpaul/videos';
const BROWSE = 'https://www.youtube.com/youtubei/v1/browse';
const tab = (tabId: number) => ({ tabId, url: PAGE, fromExtensionPage: false });
const data = (body: string, piece?: { id: string; index: number; count: number }) => ({
  type: 'content/pageData' as const,
  url: BROWSE,
  page: PAGE,
  body,
  locale: 'en',
  ...(piece ? { piece } : {}),
});
/** A real-sized continuation (30 videos with their media links): well over one piece. */
const BIG = JSON.stringify(withMediaLinks(ytVideosContinuation(PAUL_MORE)));

describe('large bodies go to the worker in pieces', () => {
  it('cuts a body into pieces that join back exactly, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3 * BODY_PIECE_CHARS }), (s) => {
        const pieces = bodyPieces(s);
        expect(pieces.join('')).toBe(s);
        for (const p of pieces) {
          expect(p.length).toBeLessThanOrEqual(BODY_PIECE_CHARS);
          const last = p.charCodeAt(p.length - 1);
          if (p !== pieces.at(-1)) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
    const emoji = 'a'.repeat(BODY_PIECE_CHARS - 1) + '😀' + 'b';
    expect(bodyPieces(emoji)[0]!.length).toBe(BODY_PIECE_CHARS - 1);
  });

  it('reads the joined pieces, sent in any order, as the whole body', async () => {
    const pieces = bodyPieces(BIG);
    expect(pieces.length).toBeGreaterThan(1);
    // The tab shows the channel's Videos tab; its first page named the channel's id.
    const channel = emptyReading('youtube', 'profile', PAGE, new Date('2026-11-30T12:00:00Z'));
    channel.handle = 'techtalkpaul';
    channel.aliases = [[PAUL.channelId, 'techtalkpaul']];
    await routeMessage({ type: 'content/reading', reading: channel }, tab(7));
    const replies: PageDataReply[] = [];
    for (const index of pieces.map((_, i) => i).reverse()) {
      const piece = { id: 'b1', index, count: pieces.length };
      replies.push((await routeMessage(data(pieces[index]!, piece), tab(7))) as PageDataReply);
    }
    expect(replies.every((r) => r.ok && r.known)).toBe(true);
    const opened = await openVettingDb();
    if (!opened.ok) throw new Error(opened.reason);
    const stored = await getCreator(opened.db, 'youtube:techtalkpaul');
    opened.db.close();
    // Only once the last piece is in are the 30 videos read, with their views.
    expect(stored?.posts).toHaveLength(30);
    expect(stored?.posts.map((p) => p.views?.value)).toEqual(PAUL_MORE.map((v) => v.views));
  });

  it("keeps each tab's pieces apart, and refuses pieces that do not fit", () => {
    const join = bodyJoiner();
    const [a, b] = ['{"x":', '1}'];
    expect(join(data(a, { id: 'same', index: 0, count: 2 }), 1, 0)).toBe('waiting');
    // Another tab cannot finish (or spoil) tab 1's body with an id it guessed.
    expect(join(data('9}', { id: 'same', index: 1, count: 2 }), 2, 0)).toBe('waiting');
    expect(join(data(b, { id: 'same', index: 1, count: 2 }), 1, 0)).toMatchObject({ body: a + b });
    // The same piece twice, or a count that changed, drops the body.
    expect(join(data(a, { id: 'dup', index: 0, count: 2 }), 1, 0)).toBe('waiting');
    expect(join(data(a, { id: 'dup', index: 0, count: 2 }), 1, 0)).toBeNull();
    expect(join(data(a, { id: 'n', index: 0, count: 2 }), 1, 0)).toBe('waiting');
    expect(join(data(b, { id: 'n', index: 1, count: 3 }), 1, 0)).toBeNull();
    // Pieces that stop coming are forgotten: a late last piece does not complete them.
    expect(join(data(a, { id: 'late', index: 0, count: 2 }), 1, 0)).toBe('waiting');
    expect(join(data(b, { id: 'late', index: 1, count: 2 }), 1, 61_000)).toBe('waiting');
  });

  it('rejects a piece whose index is past its count, with a message', async () => {
    const reply = (await routeMessage(data('{}', { id: 'x', index: 2, count: 2 }), tab(7))) as {
      ok: boolean;
      error?: string;
    };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/piece/);
  });
});

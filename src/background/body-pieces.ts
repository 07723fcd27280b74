import type { ContentToBackground } from '../shared/messages';
import { MAX_BODY_CHARS } from '../shared/page-data';

type PageData = Extract<ContentToBackground, { type: 'content/pageData' }>;

interface Joining {
  pieces: Array<string | undefined>;
  got: number;
  chars: number;
  at: number;
}

/** Bodies being joined at once, across tabs; the oldest is dropped past this. */
const MAX_OPEN = 16;
/** A body whose pieces stop coming (its tab closed, the worker restarted) is dropped after this. */
const STALE_MS = 60_000;

/**
 * Joins the pieces a content script sends a large body in (capture.ts): keyed by the sending
 * tab, so one tab's pieces never join another's; bounded in count, size and age. Any order.
 */
export function bodyJoiner() {
  const open = new Map<string, Joining>();
  /** The whole body once its last piece is in; 'waiting' before; null when refused. */
  return (data: PageData, tabId: number, now: number): PageData | 'waiting' | null => {
    const piece = data.piece;
    if (!piece) return data;
    for (const [key, p] of open) if (now - p.at > STALE_MS) open.delete(key);
    const key = `${tabId}\u0000${piece.id}`;
    let entry = open.get(key);
    if (!entry) {
      if (open.size >= MAX_OPEN) open.delete(open.keys().next().value!);
      entry = { pieces: new Array(piece.count), got: 0, chars: 0, at: now };
      open.set(key, entry);
    }
    if (entry.pieces.length !== piece.count || entry.pieces[piece.index] !== undefined) {
      open.delete(key);
      return null;
    }
    entry.pieces[piece.index] = data.body;
    entry.got++;
    entry.chars += data.body.length;
    if (entry.chars > MAX_BODY_CHARS) {
      open.delete(key);
      return null;
    }
    if (entry.got < piece.count) return 'waiting';
    open.delete(key);
    const { type, url, page, locale } = data;
    return { type, url, page, locale, body: entry.pieces.join('') };
  };
}

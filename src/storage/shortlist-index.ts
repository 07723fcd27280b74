import type { VettingDb } from './open';
import { pack, recentFirst, unpack, type Packed, type ShortlistSummary } from './shortlist-summary';

export { summarize, summaryKey, type ShortlistSummary } from './shortlist-summary';

/**
 * The shortlist index: every summary packed into one JSON string under one key of the
 * settings store, newest update first. The page opens from it (tens of ms at 10,000
 * creators, where reading 10,000 records takes seconds), then checks it against the stores
 * (see shortlist-load.ts). Its head, the first screen plus the total, is a second tiny key,
 * so the first paint does not even wait for parsing the whole index. Both are written in the
 * same transaction. It is a cache: losing it only costs one slow open.
 */
export const INDEX_KEY = 'shortlistIndex';
export const HEAD_KEY = 'shortlistIndexHead';
// 2: rows carry the verdict, its first reason and the next step (a format-1 index is rebuilt).
const FORMAT = 2;
/** Rows in the head: more than a tall window shows. */
const HEAD_ROWS = 60;

export interface IndexTexts {
  full: string;
  head: string;
}

export interface IndexHead {
  total: number;
  rows: ShortlistSummary[];
}

function indexTexts(summaries: readonly ShortlistSummary[]): IndexTexts {
  const rows = [...summaries].sort(recentFirst).map(pack);
  return {
    full: JSON.stringify({ format: FORMAT, rows }),
    head: JSON.stringify({ format: FORMAT, total: rows.length, rows: rows.slice(0, HEAD_ROWS) }),
  };
}

function parseRows(text: string): { total?: number; rows: ShortlistSummary[] } | null {
  try {
    const parsed = JSON.parse(text) as { format?: number; total?: number; rows?: Packed[] };
    if (parsed.format !== FORMAT || !Array.isArray(parsed.rows)) return null;
    return { total: parsed.total, rows: parsed.rows.map(unpack) };
  } catch {
    return null;
  }
}

/**
 * The index texts with `summaries` added or replaced, or null to leave them as they are:
 * with no index yet, one is only started when the shortlist was empty (otherwise it would
 * miss the creators already saved; the next open builds it whole).
 */
export function mergeIntoIndex(
  stored: unknown,
  summaries: readonly ShortlistSummary[],
  shortlistWasEmpty: boolean,
): IndexTexts | null {
  const existing = typeof stored === 'string' ? parseRows(stored) : null;
  if (!existing && !shortlistWasEmpty) return null;
  const byId = new Map((existing?.rows ?? []).map((s) => [s.id, s]));
  for (const summary of summaries) byId.set(summary.id, summary);
  return indexTexts([...byId.values()]);
}

/** The whole index, or null when there is none or it cannot be read (then: a full read). */
export async function readShortlistIndex(db: VettingDb): Promise<ShortlistSummary[] | null> {
  const text = await db.get('settings', INDEX_KEY);
  return typeof text === 'string' ? (parseRows(text)?.rows ?? null) : null;
}

/** The first screen and the total, or null. */
export async function readShortlistHead(db: VettingDb): Promise<IndexHead | null> {
  const text = await db.get('settings', HEAD_KEY);
  const head = typeof text === 'string' ? parseRows(text) : null;
  return head && typeof head.total === 'number' ? { total: head.total, rows: head.rows } : null;
}

export async function writeShortlistIndex(
  db: VettingDb,
  summaries: readonly ShortlistSummary[],
): Promise<void> {
  const { full, head } = indexTexts(summaries);
  const tx = db.transaction('settings', 'readwrite');
  await Promise.all([tx.store.put(full, INDEX_KEY), tx.store.put(head, HEAD_KEY), tx.done]);
}

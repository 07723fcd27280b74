import type { ShortlistRow } from '../shared/shortlist-row';
import { getMany, readAllInChunks, whenIdle } from './chunked';
import type { VettingDb } from './open';
import {
  readShortlistHead,
  readShortlistIndex,
  summarize,
  summaryKey,
  writeShortlistIndex,
  type ShortlistSummary,
} from './shortlist-index';

/**
 * How the shortlist page reads: open from the index (one read), then make it exact in two
 * steps that run after the first render: membership (keys only, fast) and every field
 * (chunked, seconds at 10,000 heavy records, without blocking typing).
 */
export interface ReadProgress {
  (done: number, total: number): void;
}

/** Exact rows for the shortlist (or for `ids`), read in chunks. Light records only. */
export async function readShortlistRows(
  db: VettingDb,
  options: { ids?: ReadonlySet<string>; checklists?: boolean; onProgress?: ReadProgress } = {},
): Promise<ShortlistRow[]> {
  const all = await readAllInChunks(db, 'shortlist');
  const entries = options.ids ? all.filter((e) => options.ids!.has(e.creatorId)) : all;
  const ids = entries.map((e) => e.creatorId);
  const progress = (done: number) => options.onProgress?.(done, ids.length);
  const records = await getMany(db, 'creators', ids, 50, progress);
  const checklists = options.checklists ? await getMany(db, 'checklists', ids, 200) : [];
  const rows: ShortlistRow[] = [];
  entries.forEach((entry, i) => {
    const record = records[i];
    if (record) rows.push({ record, entry, checklist: checklists[i] ?? null });
  });
  return rows;
}

export async function readSummaries(db: VettingDb): Promise<ShortlistSummary[]> {
  const rows = await readShortlistRows(db);
  return rows.map((r) => summarize(r.record, r.entry));
}

/** Where the first paint's rows came from: the index's head (a first screen only), the whole
 * index (to be checked against the stores), or the stores themselves (exact). */
export type OpenSource = 'head' | 'index' | 'stores';

export interface OpenedShortlist {
  summaries: ShortlistSummary[];
  /** Creators on the list; more than `summaries` when only the head was read. */
  total: number;
  source: OpenSource;
}

/** The first paint's data: the index's head when there is one, else the whole list. */
export async function openShortlist(db: VettingDb): Promise<OpenedShortlist> {
  const head = await readShortlistHead(db);
  if (head) return { summaries: head.rows, total: head.total, source: 'head' };
  const whole = await loadWhole(db);
  return { ...whole, total: whole.summaries.length };
}

/** Every summary: from the index, or when there is none from the stores (writing the index). */
export async function loadWhole(
  db: VettingDb,
): Promise<{ summaries: ShortlistSummary[]; source: 'index' | 'stores' }> {
  const indexed = await readShortlistIndex(db);
  if (indexed) return { summaries: indexed, source: 'index' };
  const summaries = await readSummaries(db);
  await writeShortlistIndex(db, summaries);
  return { summaries, source: 'stores' };
}

/** What a check found: summaries to add or replace, and ids no longer on the list. */
export interface ShortlistChanges {
  changed: ShortlistSummary[];
  removed: string[];
}

/** The current list with the changes applied (order kept, additions at the end). */
export function applyChanges(
  current: readonly ShortlistSummary[],
  { changed, removed }: ShortlistChanges,
): ShortlistSummary[] {
  const gone = new Set(removed);
  const byId = new Map(changed.map((s) => [s.id, s]));
  const next = current.filter((s) => !gone.has(s.id)).map((s) => byId.get(s.id) ?? s);
  const known = new Set(current.map((s) => s.id));
  return [...next, ...changed.filter((s) => !known.has(s.id))];
}

/**
 * Checks the list against the shortlist store, whose entries are small (a few hundred bytes
 * each): drops creators removed elsewhere, reads the few added since, and takes status,
 * tags and notes changed elsewhere (another tab, or an edit the index missed when the page
 * closed). Null when nothing changed.
 */
export async function checkEntries(
  db: VettingDb,
  current: readonly ShortlistSummary[],
): Promise<ShortlistChanges | null> {
  const entries = await readAllInChunks(db, 'shortlist', 250, undefined, whenIdle);
  const byId = new Map(current.map((s) => [s.id, s]));
  const listed = new Set(entries.map((e) => e.creatorId));
  const added = new Set<string>();
  const changed: ShortlistSummary[] = [];
  for (const entry of entries) {
    const known = byId.get(entry.creatorId);
    if (!known) added.add(entry.creatorId);
    else if (summaryKey({ ...known, entry }) !== summaryKey(known))
      changed.push({ ...known, entry });
  }
  const removed = current.filter((s) => !listed.has(s.id)).map((s) => s.id);
  if (added.size === 0 && changed.length === 0 && removed.length === 0) return null;
  const rows = added.size > 0 ? await readShortlistRows(db, { ids: added }) : [];
  return { changed: [...changed, ...rows.map((r) => summarize(r.record, r.entry))], removed };
}

/**
 * Reads every field again (visits and rescoring change records without touching the
 * shortlist store), a few records at a time when the page is idle, so typing is never held
 * up. Rewrites the index when something differed. Null when everything matched.
 */
export async function reconcileShortlist(
  db: VettingDb,
  current: readonly ShortlistSummary[],
): Promise<ShortlistChanges | null> {
  const entries = await readAllInChunks(db, 'shortlist');
  const ids = entries.map((e) => e.creatorId);
  const records = await getMany(db, 'creators', ids, 25, undefined, whenIdle);
  const byId = new Map(current.map((s) => [s.id, s]));
  const changed: ShortlistSummary[] = [];
  entries.forEach((entry, i) => {
    const record = records[i];
    if (!record) return;
    const fresh = summarize(record, entry);
    const known = byId.get(fresh.id);
    if (!known || summaryKey(known) !== summaryKey(fresh)) changed.push(fresh);
  });
  const listed = new Set(ids);
  const removed = current.filter((s) => !listed.has(s.id)).map((s) => s.id);
  if (changed.length === 0 && removed.length === 0) return null;
  const changes = { changed, removed };
  await writeShortlistIndex(db, applyChanges(current, changes));
  return changes;
}

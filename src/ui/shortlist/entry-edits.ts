import type { ShortlistEntry } from '../../shared/creator';
import type { ShortlistStatus } from '../../shared/vetting';

/** Pure edits of shortlist entries, applied one by one or to a whole selection. */
export type EntryEdit = (entry: ShortlistEntry) => ShortlistEntry;

const MAX_TAG = 60;
const MAX_TAGS = 50;

/** "vegan, Berlin;  summer" → ["vegan", "Berlin", "summer"]: commas or semicolons, trimmed, no repeats. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[,;]/)) {
    const tag = raw.trim().slice(0, MAX_TAG);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags.slice(0, MAX_TAGS);
}

export const setStatus =
  (status: ShortlistStatus): EntryEdit =>
  (entry) =>
    entry.status === status ? entry : { ...entry, status };

/** Adds the tag unless the entry already has it in any letter case. */
export const addTag =
  (tag: string): EntryEdit =>
  (entry) => {
    const clean = tag.trim().slice(0, MAX_TAG);
    const has = entry.tags.some((t) => t.toLowerCase() === clean.toLowerCase());
    if (!clean || has || entry.tags.length >= MAX_TAGS) return entry;
    return { ...entry, tags: [...entry.tags, clean] };
  };

export const removeTag =
  (tag: string): EntryEdit =>
  (entry) => {
    const key = tag.trim().toLowerCase();
    const tags = entry.tags.filter((t) => t.toLowerCase() !== key);
    return tags.length === entry.tags.length ? entry : { ...entry, tags };
  };

export const setNotes =
  (notes: string): EntryEdit =>
  (entry) =>
    entry.notes === notes ? entry : { ...entry, notes: notes.slice(0, 5000) };

/**
 * Applies an edit and stamps `updatedAt` only on entries it changed, so a bulk "add tag"
 * over a selection does not mark creators that already had the tag as updated.
 */
export function applyEdit(entry: ShortlistEntry, edit: EntryEdit, now: Date): ShortlistEntry {
  const next = edit(entry);
  return next === entry ? entry : { ...next, updatedAt: now.toISOString() };
}

import type { ShortlistEntry } from '../../shared/creator';
import type { EntryEdit } from './entry-edits';

/** What the entry editor edits. */
export type EntryFields = Pick<ShortlistEntry, 'status' | 'tags' | 'notes'>;
export type EntryField = keyof EntryFields;
const FIELDS: readonly EntryField[] = ['status', 'tags', 'notes'];

/** One field the marketer changed: the value the form opened with, and the new one. */
type Change<K extends EntryField> = { from: EntryFields[K]; to: EntryFields[K] };
export type EntryPatch = { [K in EntryField]?: Change<K> };

const same = (a: EntryFields[EntryField], b: EntryFields[EntryField]) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((v, i) => v === b[i])
    : a === b;

/** Only the fields the form changed, so saving a new status never rewrites the notes. */
export function formPatch(opened: EntryFields, form: EntryFields): EntryPatch {
  const patch: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (!same(opened[field], form[field])) patch[field] = { from: opened[field], to: form[field] };
  }
  return patch as EntryPatch;
}

/**
 * The patch as an edit, applied to the entry as stored (inside the write's transaction).
 * A field changed elsewhere since the form opened (another tab) is a conflict: the stored
 * value is kept and the field is added to `conflicts`, so the editor can say so.
 */
export function patchEdit(patch: EntryPatch, conflicts: Set<EntryField>): EntryEdit {
  return (entry) => {
    let next = entry;
    for (const field of FIELDS) {
      const change = patch[field];
      if (!change || same(entry[field], change.to)) continue;
      if (!same(entry[field], change.from)) conflicts.add(field);
      else next = { ...next, [field]: change.to };
    }
    return next;
  };
}

/**
 * The set of selected creator ids, kept immutable so Preact sees each change. Selection
 * survives filtering (a marketer can search, tick, search again, tick) and is pruned only
 * when creators leave the shortlist.
 */
export type Selection = ReadonlySet<string>;

export const EMPTY_SELECTION: Selection = new Set();

export function toggle(selection: Selection, id: string): Selection {
  const next = new Set(selection);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** The header checkbox: all shown rows selected → unselect them; otherwise select them all. */
export function toggleAll(selection: Selection, shownIds: readonly string[]): Selection {
  const next = new Set(selection);
  if (allSelected(selection, shownIds)) shownIds.forEach((id) => next.delete(id));
  else shownIds.forEach((id) => next.add(id));
  return next;
}

export function allSelected(selection: Selection, shownIds: readonly string[]): boolean {
  return shownIds.length > 0 && shownIds.every((id) => selection.has(id));
}

/** How many of the shown rows are selected (the header checkbox is mixed in between). */
export function selectedAmong(selection: Selection, shownIds: readonly string[]): number {
  let count = 0;
  for (const id of shownIds) if (selection.has(id)) count++;
  return count;
}

/** Drops ids that are no longer on the shortlist. */
export function prune(selection: Selection, existing: ReadonlySet<string>): Selection {
  const next = new Set([...selection].filter((id) => existing.has(id)));
  return next.size === selection.size ? selection : next;
}

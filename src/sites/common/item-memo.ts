/**
 * What a reader made of each repeated item (a comment, a grid tile, a post in the embedded
 * JSON) the last time, kept per element or object, so a warm re-read of a page with 300
 * comments reads only the comments that are new. A value is used only while the item's key
 * (its text, and the page's language) is what it was when read: a row the site re-used for
 * another comment, or a comment whose likes or time ticked, is read again. Keyed weakly:
 * elements the page removed, and JSON replaced by a newer parse, are forgotten with them.
 * Still a pure function of the page: the same document gives the same reading.
 */
const memo = new WeakMap<object, { key: string; value: unknown }>();

/**
 * How many items one read may read afresh (the rest are left out of that reading). The
 * content script's first pass of a page with 300 comments reads a slice of them at once and
 * the rest in later passes, each cheap because the memo already holds what came before.
 */
const budget = { left: Infinity, cut: false };

/** Runs `read` with at most `max` items read afresh; `cut` says some were left for later. */
export function withItemBudget<T>(max: number, read: () => T): { value: T; cut: boolean } {
  budget.left = max;
  budget.cut = false;
  try {
    return { value: read(), cut: budget.cut };
  } finally {
    budget.left = Infinity;
  }
}

const textKey = (item: object) => (item as Element).textContent;

/** Which items a read over budget keeps: comments keep the newest (last), grids the first. */
export interface ReadItemsOptions<I> {
  keyOf?: (item: I) => string | null | undefined;
  keep?: 'first' | 'last';
}

/**
 * The values of `items` in order (nulls, items that are not comments, left out): remembered
 * ones where `keyOf(item)` (by default the element's text) is unchanged, the others read
 * together by `read`, which answers one value per item it is given.
 */
export function readItems<T, I extends object = Element>(
  items: readonly I[],
  salt: string,
  read: (missed: I[]) => Array<T | null>,
  { keyOf = textKey, keep = 'last' }: ReadItemsOptions<I> = {},
): T[] {
  const values: Array<T | null> = [];
  const missed: I[] = [];
  const slots: number[] = [];
  const keys: string[] = [];
  items.forEach((item, i) => {
    const key = `${salt}\u0000${keyOf(item) ?? ''}`;
    const hit = memo.get(item);
    if (hit?.key === key) values[i] = hit.value as T | null;
    else {
      missed.push(item);
      slots.push(i);
      keys.push(key);
    }
  });
  // Over budget, comments read the newest (last) items, grids the newest posts (first).
  const skip = Math.max(0, missed.length - budget.left);
  if (skip) {
    budget.cut = true;
    const from = keep === 'last' ? 0 : missed.length - skip;
    missed.splice(from, skip);
    slots.splice(from, skip);
    keys.splice(from, skip);
  }
  budget.left -= missed.length;
  if (missed.length) {
    read(missed).forEach((value, j) => {
      values[slots[j]!] = value;
      memo.set(missed[j]!, { key: keys[j]!, value });
    });
  }
  return values.filter((v): v is T => v !== null && v !== undefined);
}

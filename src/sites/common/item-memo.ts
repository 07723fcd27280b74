/**
 * What a reader made of each repeated item (a comment) the last time, kept per element, so a
 * warm re-read of a page with 300 comments reads only the comments that are new. A value is
 * used only while the item's text (and the page's language) is what it was when read: a row
 * the site re-used for another comment, or a comment whose likes or time ticked, is read
 * again. Keyed weakly: elements the page removed are forgotten with it. Still a pure function
 * of the page: the same document gives the same reading.
 */
const memo = new WeakMap<Element, { key: string; value: unknown }>();

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

/**
 * The values of `items` in order (nulls, items that are not comments, left out): remembered
 * ones where `keyOf(item)` is unchanged, the others read together by `read`, which answers
 * one value per item it is given.
 */
export function readItems<T>(
  items: readonly Element[],
  salt: string,
  read: (missed: Element[]) => Array<T | null>,
  keyOf: (item: Element) => string | null | undefined = (item) => item.textContent,
): T[] {
  const values: Array<T | null> = [];
  const missed: Element[] = [];
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
  // Over budget, the newest (last) items are read: the sites keep a post's last comments.
  const skip = Math.max(0, missed.length - budget.left);
  if (skip) {
    budget.cut = true;
    missed.splice(0, skip);
    slots.splice(0, skip);
    keys.splice(0, skip);
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

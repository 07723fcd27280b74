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
  if (missed.length) {
    read(missed).forEach((value, j) => {
      values[slots[j]!] = value;
      memo.set(missed[j]!, { key: keys[j]!, value });
    });
  }
  return values.filter((v): v is T => v !== null && v !== undefined);
}

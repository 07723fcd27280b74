// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readItems, withItemBudget } from '../../src/sites/common/item-memo';

function list(texts: string[]): Element[] {
  const ul = document.createElement('ul');
  for (const t of texts) ul.append(Object.assign(document.createElement('li'), { textContent: t }));
  return Array.from(ul.children);
}

/** A reader that logs what it was asked to read; "-" items are not comments. */
function reader(log: string[]) {
  return (missed: Element[]) =>
    missed.map((el) => {
      log.push(el.textContent ?? '');
      return el.textContent === '-' ? null : el.textContent!.toUpperCase();
    });
}

describe('readItems', () => {
  it('reads each item once, then only new ones, keeping page order', () => {
    const items = list(['a', '-', 'b']);
    const log: string[] = [];
    expect(readItems(items, 'en', reader(log))).toEqual(['A', 'B']);
    const more = [...items, ...list(['c'])];
    expect(readItems(more, 'en', reader(log))).toEqual(['A', 'B', 'C']);
    expect(log).toEqual(['a', '-', 'b', 'c']);
  });

  it('reads an item again when its text or the page language changed', () => {
    const items = list(['a', 'b']);
    const log: string[] = [];
    readItems(items, 'en', reader(log));
    items[1]!.textContent = 'b2'; // a re-used row, or a like count that ticked
    expect(readItems(items, 'en', reader(log))).toEqual(['A', 'B2']);
    expect(readItems(items, 'de', reader(log))).toEqual(['A', 'B2']);
    expect(log).toEqual(['a', 'b', 'b2', 'a', 'b2']);
  });

  it('reads at most the budget afresh, the newest items first, and says what it left', () => {
    const items = list(['a', 'b', 'c', 'd', 'e']);
    const log: string[] = [];
    const first = withItemBudget(2, () => readItems(items, 'en', reader(log)));
    expect(first).toEqual({ value: ['D', 'E'], cut: true });
    const rest = withItemBudget(5, () => readItems(items, 'en', reader(log)));
    expect(rest).toEqual({ value: ['A', 'B', 'C', 'D', 'E'], cut: false });
    expect(log).toEqual(['d', 'e', 'a', 'b', 'c']);
    // Outside a budget everything missed is read, as before.
    expect(readItems(list(['f', 'g', 'h']), 'en', reader(log))).toEqual(['F', 'G', 'H']);
  });

  it('reads objects by identity and, for grids, keeps the first items over budget', () => {
    const posts = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const log: number[] = [];
    const read = (missed: Array<{ n: number }>) => missed.map((p) => (log.push(p.n), p.n * 10));
    const opts = { keep: 'first' as const, keyOf: () => '' };
    const first = withItemBudget(2, () => readItems(posts, 'grid', read, opts));
    expect(first).toEqual({ value: [10, 20], cut: true });
    const rest = withItemBudget(2, () => readItems(posts, 'grid', read, opts));
    expect(rest).toEqual({ value: [10, 20, 30], cut: false });
    // A new parse (new objects) is read afresh; the old ones are not mistaken for it.
    expect(readItems([{ n: 4 }], 'grid', read, opts)).toEqual([40]);
    expect(log).toEqual([1, 2, 3, 4]);
  });
});

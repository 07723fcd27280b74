import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allSelected,
  EMPTY_SELECTION,
  prune,
  selectedAmong,
  toggle,
  toggleAll,
} from '../../../src/ui/shortlist/selection';

describe('selection', () => {
  it('toggles one id on and off without touching the previous set', () => {
    const one = toggle(EMPTY_SELECTION, 'a');
    expect([...one]).toEqual(['a']);
    expect(EMPTY_SELECTION.size).toBe(0);
    expect(toggle(one, 'a').size).toBe(0);
  });

  it('select-all selects the shown rows, keeping selections hidden by a filter', () => {
    const hidden = toggle(EMPTY_SELECTION, 'z');
    const all = toggleAll(hidden, ['a', 'b']);
    expect([...all].sort()).toEqual(['a', 'b', 'z']);
    expect(allSelected(all, ['a', 'b'])).toBe(true);
    const none = toggleAll(all, ['a', 'b']);
    expect([...none]).toEqual(['z']);
  });

  it('select-all on a partly selected view selects the rest', () => {
    const part = toggle(EMPTY_SELECTION, 'a');
    expect(selectedAmong(part, ['a', 'b', 'c'])).toBe(1);
    expect(allSelected(toggleAll(part, ['a', 'b', 'c']), ['a', 'b', 'c'])).toBe(true);
    expect(allSelected(EMPTY_SELECTION, [])).toBe(false);
  });

  it('prune keeps only ids still present and returns the same set when nothing left', () => {
    const s = new Set(['a', 'b', 'c']);
    expect([...prune(s, new Set(['a', 'c', 'd']))]).toEqual(['a', 'c']);
    expect(prune(s, new Set(['a', 'b', 'c']))).toBe(s);
  });

  it('toggleAll makes the shown rows all-or-none selected and leaves the others as they were', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 3 })),
        fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 1 }),
        (start, shown) => {
          const before = new Set(start);
          const after = toggleAll(before, shown);
          const wasAll = allSelected(before, shown);
          for (const id of shown) expect(after.has(id)).toBe(!wasAll);
          for (const id of start) if (!shown.includes(id)) expect(after.has(id)).toBe(true);
          expect(selectedAmong(after, shown)).toBe(wasAll ? 0 : shown.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});

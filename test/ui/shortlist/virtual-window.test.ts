import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowWindow, scrollToShow } from '../../../src/ui/shortlist/virtual-window';

describe('rowWindow', () => {
  it('renders a few dozen rows of 10,000 and keeps the full scroll height', () => {
    const w = rowWindow(200_000, 600, 10_000, 40, 8);
    expect(w.end - w.start).toBeLessThan(40);
    expect(w.start * 40).toBeLessThanOrEqual(200_000);
    expect(w.end * 40).toBeGreaterThanOrEqual(200_600);
    expect(w.padTop + (w.end - w.start) * 40 + w.padBottom).toBe(400_000);
  });

  it('always covers the viewport and never leaves the list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (total, height, scroll) => {
          const top = Math.min(scroll, Math.max(0, total * 40 - height));
          const w = rowWindow(top, height, total, 40, 4);
          expect(0 <= w.start && w.start <= w.end && w.end <= total).toBe(true);
          const firstVisible = Math.floor(top / 40);
          const lastVisible = Math.min(total, Math.ceil((top + height) / 40));
          if (total > 0) {
            expect(w.start).toBeLessThanOrEqual(firstVisible);
            expect(w.end).toBeGreaterThanOrEqual(lastVisible);
          }
          expect(w.padTop + (w.end - w.start) * 40 + w.padBottom).toBe(total * 40);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('scrollToShow', () => {
  it('scrolls up or down just enough, or not at all', () => {
    expect(scrollToShow(5, 400, 200, 40)).toBe(200);
    expect(scrollToShow(20, 400, 200, 40)).toBe(640);
    expect(scrollToShow(11, 400, 200, 40)).toBeNull();
  });
});

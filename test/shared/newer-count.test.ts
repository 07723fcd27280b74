import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exact, type Measured } from '../../src/shared/stat';
import { newerCount } from '../../src/shared/newer-count';
import { mergePost } from '../../src/storage/merge-reading';
import { blankPost } from '../../src/sites/common/grid';

const label = (value: number, low: number, high: number, raw: string): Measured => ({
  value,
  low,
  high,
  source: 'text',
  raw,
});
const k128 = label(128000, 127500, 128499, '128K');

describe('a newer reading’s count', () => {
  it('keeps an exact count when the new one is only its rounded label', () => {
    expect(newerCount(k128, exact(128412, 'json'))).toEqual(exact(128412, 'json'));
  });

  it('wins when it is exact, or when the number moved out of the label', () => {
    expect(newerCount(exact(128500, 'json'), exact(128412, 'json'))?.value).toBe(128500);
    expect(newerCount(label(129000, 128500, 129499, '129K'), exact(128412, 'json'))?.raw).toBe(
      '129K',
    );
    expect(newerCount(k128, label(127000, 126500, 127499, '127K'))).toBe(k128);
  });

  it('is always one of the two, and "not visible" never erases a count', () => {
    const stat = fc.oneof(
      fc.constant(null),
      fc
        .nat(1e7)
        .chain((value) =>
          fc
            .tuple(fc.nat(value), fc.nat(1e6))
            .map(([below, above]) => label(value, value - below, value + above, String(value))),
        ),
    );
    fc.assert(
      fc.property(stat, stat, (next, prev) => {
        const kept = newerCount(next, prev);
        expect([next, prev]).toContain(kept);
        if (next === null) expect(kept).toBe(prev);
        if (next && prev && next.high - next.low <= prev.high - prev.low) expect(kept).toBe(next);
      }),
      { numRuns: 200 },
    );
  });

  it('is how stored posts merge their likes, views and comments', () => {
    const stored = {
      ...blankPost('https://www.tiktok.com/@a/video/1'),
      views: exact(128412, 'json'),
    };
    const again = { ...blankPost(stored.url), views: k128 };
    expect(mergePost(stored, again).views?.value).toBe(128412);
  });
});

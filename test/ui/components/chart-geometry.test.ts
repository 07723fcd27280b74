import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plot, timeOrdered, type ChartPoint } from '../../../src/ui/components/chart-geometry';

const box = { width: 300, height: 100, pad: 8 };
const point = fc.record({
  at: fc
    .integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') })
    .map((ms) => new Date(ms).toISOString()),
  followers: fc.integer({ min: 0, max: 50_000_000 }),
});

describe('chart geometry', () => {
  it('keeps every point inside the padded box', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 60 }), (points) => {
        const { xy } = plot(timeOrdered(points), box);
        for (const p of xy) {
          expect(p.x).toBeGreaterThanOrEqual(box.pad);
          expect(p.x).toBeLessThanOrEqual(box.width - box.pad);
          expect(p.y).toBeGreaterThanOrEqual(box.pad);
          expect(p.y).toBeLessThanOrEqual(box.height - box.pad);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('draws later readings further right and more followers higher up', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 40 }), (points) => {
        const ordered = timeOrdered(points);
        const { xy } = plot(ordered, box);
        for (let i = 1; i < ordered.length; i++) {
          expect(xy[i]!.x).toBeGreaterThanOrEqual(xy[i - 1]!.x);
          const a = ordered[i - 1]!.followers;
          const b = ordered[i]!.followers;
          if (b > a) expect(xy[i]!.y).toBeLessThanOrEqual(xy[i - 1]!.y);
          if (b < a) expect(xy[i]!.y).toBeGreaterThanOrEqual(xy[i - 1]!.y);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('puts a flat series mid-height and drops unreadable dates', () => {
    const flat: ChartPoint[] = [
      { at: '2025-01-01T00:00:00Z', followers: 500 },
      { at: 'yesterday', followers: 9 },
      { at: '2025-02-01T00:00:00Z', followers: 500 },
    ];
    const ordered = timeOrdered(flat);
    expect(ordered).toHaveLength(2);
    const { xy } = plot(ordered, box);
    expect(xy.map((p) => p.y)).toEqual([50, 50]);
    expect(xy.map((p) => p.x)).toEqual([box.pad, box.width - box.pad]);
  });
});

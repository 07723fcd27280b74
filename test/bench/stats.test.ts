import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figureRow, guarded, meets, median, notMeasured, repeat } from '../../scripts/bench/stats';
import { formatGoal, markdownTable, missed, textTable } from '../../scripts/bench/table';

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('lies between min and max and ignores input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1 }),
        (xs) => {
          const m = median(xs);
          expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(m).toBeLessThanOrEqual(Math.max(...xs));
          expect(median([...xs].reverse())).toBe(m);
        },
      ),
      { numRuns: 100 },
    );
    // Found by the property above, now and then: a zero of either sign in the middle.
    expect(Object.is(median([-5, 0, -0]), median([-0, 0, -5]))).toBe(true);
  });

  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow();
  });
});

describe('goals', () => {
  it('judges lower-is-better and higher-is-better goals, boundary included', () => {
    expect(meets({ op: '<=', value: 2 }, 2)).toBe(true);
    expect(meets({ op: '<=', value: 2 }, 2.01)).toBe(false);
    expect(meets({ op: '>=', value: 50_000 }, 49_999)).toBe(false);
    expect(meets(null, 1)).toBeNull();
    expect(meets({ op: '<=', value: 1 }, null)).toBeNull();
  });

  it('a row is judged on its median, not on its best run', () => {
    const row = figureRow('read', 'ms', [1, 3, 4], { op: '<=', value: 2 });
    expect(row).toMatchObject({ median: 3, min: 1, max: 4, runs: 3, met: false });
    expect(missed([row])).toEqual([row]);
  });
});

describe('repeat and guarded', () => {
  it('discards warm-up runs', async () => {
    const seen: number[] = [];
    const samples = await repeat((run) => (seen.push(run), run), { warmup: 2, runs: 3 });
    expect(seen).toEqual([-1, -2, 0, 1, 2]);
    expect(samples).toEqual([0, 1, 2]);
  });

  it('turns a failing group into "not measured" rows with the reason', async () => {
    const figures = [{ figure: 'popup', unit: 'ms', goal: { op: '<=' as const, value: 100 } }];
    const rows = await guarded(figures, () => Promise.reject(new Error('no popup-ready\nstack')));
    expect(rows).toEqual([notMeasured('popup', 'ms', figures[0]!.goal, 'no popup-ready')]);
  });
});

describe('table', () => {
  const rows = [
    figureRow('one read', 'ms', [1.5, 2.5, 1.8], { op: '<=', value: 2 }, 'instagram profile'),
    notMeasured('popup', 'ms', { op: '<=', value: 100 }, 'popup.html absent'),
  ];

  it('prints goal, median, min, max, runs and verdict, and says why a row was not measured', () => {
    const text = textTable(rows);
    expect(text).toMatch(
      /one read \[1\]\s+\| ≤ 2\.00 ms\s+\| 1\.80 ms\s+\| 1\.50 ms\s+\| 2\.50 ms\s+\| 3\s+\| yes/,
    );
    expect(text).toContain('not measured: popup.html absent');
    expect(text).toContain('[1] instagram profile');
  });

  it('writes the same rows as a markdown table', () => {
    const md = markdownTable(rows).split('\n');
    expect(md[0]).toBe(
      '| figure | goal | median | min | max | runs | met? | main thread with / without ext | long tasks (ext) | cold read |',
    );
    expect(md).toHaveLength(2 + rows.length + 2);
  });

  it('shows a page row’s main-thread time, long tasks and cold read in their columns', () => {
    const page = figureRow('page load', 'ms', [4, 6, 5], { op: '<=', value: 10 });
    page.columns = {
      mainThread: '105 / 100 ms',
      longTasks: '0 (max 1)',
      cold: '6.0 ms (met ≤ 10)',
    };
    const line = markdownTable([page]).split('\n')[2]!;
    expect(line).toMatch(/\| yes \| 105 \/ 100 ms \| 0 \(max 1\) \| 6\.0 ms \(met ≤ 10\) \|$/);
    expect(markdownTable(rows).split('\n')[2]).toMatch(/\| yes \| {2}\| {2}\| {2}\|$/);
  });

  it('formats goals by direction', () => {
    expect(formatGoal({ op: '>=', value: 50_000 }, 'profiles/s')).toBe('≥ 50,000 profiles/s');
    expect(formatGoal({ op: '<=', value: 1.02 }, '×')).toBe('≤ 1.02×');
    expect(formatGoal(null, 'ms')).toBe('—');
  });
});

import { describe, expect, it } from 'vitest';
import { compareCells } from '../../src/roi/cells';
import { BUDGET_TOLERANCE } from '../../src/roi/fairness';
import { cell, fair, usd } from './fixtures';
import { campaigns, micro, nanos, value } from './micro-vs-nanos';

describe('comparing test cells', () => {
  const result = compareCells([micro, nanos], campaigns);
  const [m, n] = result.cells;

  it('sums each cell and applies the formulas to the sums', () => {
    expect(m!.totals.cost).toMatchObject({ total: usd(1000) });
    expect(n!.totals.cost).toMatchObject({ total: usd(1000) }); // 400 + 50 + 450 + 2 × 50
    expect(n!.totals.conversions).toBe(25);
    expect(n!.totals.revenue).toEqual(usd(2600));
    expect(value(m!.metrics.cpa)).toBeCloseTo(50, 10); // 1000 ÷ 20
    expect(value(n!.metrics.cpa)).toBeCloseTo(40, 10); // 1000 ÷ 25
    expect(value(m!.metrics.roas)).toBeCloseTo(2.4, 10);
    expect(value(n!.metrics.roas)).toBeCloseTo(2.6, 10);
    expect(value(m!.metrics.roiProfit)).toBeCloseTo(0.2, 10); // (1200 − 1000) ÷ 1000
    expect(value(n!.metrics.roiProfit)).toBeCloseTo(0.3, 10); // (1300 − 1000) ÷ 1000
    expect(value(n!.metrics.cpe)).toBeCloseTo(1000 / 5500, 12);
  });

  it('names the better cell per metric and the metrics to decide on for the goal', () => {
    expect(result.leaders.cpa).toEqual(['nanos']);
    expect(result.leaders.roas).toEqual(['nanos']);
    expect(result.leaders.cpe).toEqual(['nanos']);
    expect(result.leaders.cpm).toBeUndefined(); // no impressions entered anywhere
    expect(result.decisionMetrics).toEqual(['cpa', 'roas']);
    expect(result.warnings).toEqual([]);
    expect(result.tolerance).toBe(BUDGET_TOLERANCE);
  });

  it('shares the lead on a tie', () => {
    const tied = compareCells(
      [micro, cell('copy', ['instagram:micro'], { ...fair, budget: usd(1000) })],
      campaigns,
    );
    expect(tied.leaders.cpa).toEqual(['micro', 'copy']);
  });

  it('picks CPM for awareness and CPE for consideration', () => {
    const goal = (g: 'awareness' | 'consideration') =>
      compareCells(
        [
          { ...micro, goal: g },
          { ...nanos, goal: g },
        ],
        campaigns,
      ).decisionMetrics;
    expect(goal('awareness')).toEqual(['cpm']);
    expect(goal('consideration')).toEqual(['cpe']);
  });
});

import { describe, expect, it } from 'vitest';
import { compareCells } from '../../../src/roi/cells';
import { plainAnswer } from '../../../src/ui/campaigns/answer';
import { chartedMetrics } from '../../../src/ui/campaigns/ComparisonSection';
import { campaign, cell, fair, usd } from '../../roi/fixtures';

// One micro against two nanos, each cell spending $1,000 over four weeks on one goal/window.
const results = (conversions: number, revenue: number) => ({
  conversions,
  revenue: usd(revenue),
  ...fair,
});
const micro = campaign('ig:micro', { fee: usd(1000) }, results(20, 2400));
const nanoA = campaign('tt:a', { fee: usd(500) }, results(15, 1500));
const nanoB = campaign('tt:b', { fee: usd(500) }, results(17, 1700));
const all = [micro, nanoA, nanoB];
const cells = [
  cell('m', ['ig:micro'], { name: 'Micro creator', budget: usd(1000), ...fair }),
  cell('n', ['tt:a', 'tt:b'], { name: 'Nano bundle', budget: usd(1000), ...fair }),
];

describe('the plain answer', () => {
  it('names the winner on CPA and ROAS with every figure, when the test is fair', () => {
    const answer = plainAnswer(compareCells(cells, all), 'en-US');
    expect(answer.question).toBe('Was Micro creator or Nano bundle the better buy?');
    // CPA: 1000 ÷ 20 = $50 vs 1000 ÷ 32 = $31.25. ROAS: 2400 ÷ 1000 = 2.4 vs 3200 ÷ 1000 = 3.2.
    expect(answer.answer).toBe('Nano bundle was the better buy on CPA and ROAS.');
    expect(answer.figures).toEqual([
      'CPA: Micro creator $50.00, Nano bundle $31.25',
      'ROAS: Micro creator 2.40×, Nano bundle 3.20×',
    ]);
    expect(answer).toMatchObject({
      fair: true,
      fairness: 'The comparison passes every fairness check.',
    });
  });

  it('says when the deciding metrics disagree', () => {
    // The micro now sells more per order: lower CPA stays with the nanos, ROAS goes to the micro.
    const rich = campaign('ig:micro', { fee: usd(1000) }, results(20, 4000));
    const answer = plainAnswer(compareCells(cells, [rich, nanoA, nanoB]), 'en-US');
    expect(answer.answer).toBe(
      'The deciding metrics disagree: CPA: Nano bundle; ROAS: Micro creator.',
    );
  });

  it('keeps the answer but flags an unfair test (unequal spend, short test)', () => {
    const cheap = campaign('tt:a', { fee: usd(100) }, results(15, 1500));
    const shortCells = [cells[0]!, { ...cells[1]!, endDate: '2026-06-07' }];
    const comparison = compareCells(shortCells, [micro, cheap, nanoB]);
    expect(comparison.warnings.map((w) => w.code)).toEqual(['spendUnequal', 'testTooShort']);
    const answer = plainAnswer(comparison, 'en-US');
    expect(answer.answer).toBe('Nano bundle was the better buy on CPA and ROAS.');
    expect(answer.fair).toBe(false);
    expect(answer.fairness).toMatch(/^Not a fair comparison yet: 2 warnings, listed/);
  });

  it('asks for figures or a second cell instead of guessing', () => {
    const bare = [campaign('ig:micro', { fee: usd(1000) }), campaign('tt:a', { fee: usd(500) })];
    expect(plainAnswer(compareCells(cells, bare), 'en-US').answer).toBe(
      'Not decided yet: CPA and ROAS cannot be computed for at least two cells (enter costs and results).',
    );
    const single = plainAnswer(compareCells(cells.slice(0, 1), all), 'en-US');
    expect(single).toMatchObject({
      question: 'Which test cell was the better buy?',
      answer: 'Add two test cells to compare them.',
      // No "1 warning(s), listed under…" pointing at a list the page does not show.
      fairness: '',
    });
  });

  it('decides an awareness test on CPM, and charts it with ROI on profit', () => {
    const aware = cells.map((c) => ({ ...c, goal: 'awareness' as const }));
    const views = (id: string, fee: number, impressions: number) =>
      campaign(id, { fee: usd(fee) }, { impressions, ...fair, goal: 'awareness' });
    const comparison = compareCells(aware, [
      views('ig:micro', 1000, 50_000),
      views('tt:a', 500, 40_000),
      views('tt:b', 500, 40_000),
    ]);
    expect(plainAnswer(comparison, 'en-US').answer).toBe('Nano bundle was the better buy on CPM.');
    expect(chartedMetrics(comparison)).toEqual(['cpm', 'roiProfit']);
  });
});

import { describe, expect, it } from 'vitest';
import { compareCells } from '../../src/roi/cells';
import { BUDGET_TOLERANCE, MIN_TEST_DAYS, testDays } from '../../src/roi/fairness';
import { campaign, cell, eur, fair, usd } from './fixtures';

const value = (m: { kind: string; value?: number }) => (m.kind === 'n/a' ? m.kind : m.value);

// One micro creator against a bundle of two nanos, $1,000 each side.
const campaigns = [
  campaign(
    'instagram:micro',
    { fee: usd(900), shipping: usd(100) },
    { conversions: 20, revenue: usd(2400), grossProfit: usd(1200), engagements: 4000 },
  ),
  campaign(
    'instagram:nano1',
    { fee: usd(400), giftingValue: usd(50) },
    { conversions: 15, revenue: usd(1500), grossProfit: usd(750), engagements: 3000 },
  ),
  campaign(
    'instagram:nano2',
    { fee: usd(450), managementHours: 2, hourlyRate: usd(50) },
    { conversions: 10, revenue: usd(1100), grossProfit: usd(550), engagements: 2500 },
  ),
];
const micro = cell('micro', ['instagram:micro'], { ...fair, budget: usd(1000) });
const nanos = cell('nanos', ['instagram:nano1', 'instagram:nano2'], { ...fair, budget: usd(1000) });

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

describe('fairness warnings at their boundaries', () => {
  const codes = (...cells: ReturnType<typeof cell>[]) =>
    compareCells(cells, campaigns).warnings.map((w) => w.code);
  const budgets = (a: number, b: number) =>
    codes({ ...micro, budget: usd(a) }, { ...nanos, budget: usd(b) });

  it('tolerates budgets 10 % apart and warns beyond', () => {
    expect(budgets(1000, 900)).not.toContain('budgetsUnequal');
    expect(budgets(1000, 899.99)).toContain('budgetsUnequal');
    const w = compareCells(
      [
        { ...micro, budget: usd(1000) },
        { ...nanos, budget: usd(800) },
      ],
      campaigns,
    ).warnings[0]!;
    expect(w).toEqual({ code: 'budgetsUnequal', cellIds: ['micro', 'nanos'], subs: ['20', '10'] });
    const loose = compareCells(
      [
        { ...micro, budget: usd(1000) },
        { ...nanos, budget: usd(800) },
      ],
      campaigns,
      { tolerance: 0.2 },
    );
    expect(loose.warnings.map((x) => x.code)).not.toContain('budgetsUnequal');
  });

  it('warns when actual spend differs beyond the tolerance', () => {
    const pricier = [
      ...campaigns.slice(0, 2),
      campaign('instagram:nano2', { fee: usd(700) }, campaigns[2]!.results),
    ];
    const w = compareCells([micro, nanos], pricier).warnings;
    expect(w.map((x) => x.code)).toEqual(['spendUnequal']); // 1000 vs 1150: 13 %
    expect(w[0]!.subs).toEqual(['13', '10']);
  });

  it('warns on different attribution windows, also inside one cell', () => {
    expect(codes(micro, { ...nanos, attributionWindowDays: 7 })).toContain(
      'attributionWindowsDiffer',
    );
    const inside = [
      ...campaigns.slice(0, 2),
      campaign('instagram:nano2', campaigns[2]!.costs, {
        ...campaigns[2]!.results,
        attributionWindowDays: 7,
      }),
    ];
    const w = compareCells([micro, nanos], inside).warnings.find(
      (x) => x.code === 'attributionWindowsDiffer',
    );
    expect(w?.subs).toEqual(['7, 30']);
    expect(codes(micro, { ...nanos, attributionWindowDays: null })).toEqual([
      'attributionWindowMissing',
    ]);
  });

  it('warns on mixed goals and missing goals', () => {
    expect(codes(micro, { ...nanos, goal: 'awareness' })).toEqual(['goalsDiffer']);
    expect(codes(micro, { ...nanos, goal: null })).toEqual(['goalMissing']);
  });

  it('warns on a test shorter than 14 days, counting both end dates', () => {
    expect(MIN_TEST_DAYS).toBe(14);
    expect(testDays('2026-06-01', '2026-06-14')).toBe(14);
    expect(codes(micro, { ...nanos, endDate: '2026-06-14' })).toEqual([]);
    const short = compareCells([micro, { ...nanos, endDate: '2026-06-13' }], campaigns).warnings;
    expect(short).toEqual([
      { code: 'testTooShort', cellIds: ['nanos'], subs: ['Cell nanos', '13', '14'] },
    ]);
    expect(codes(micro, { ...nanos, endDate: '2026-05-01' })).toEqual(['datesReversed']);
    expect(codes(micro, { ...nanos, startDate: null, endDate: null })).toEqual(['datesMissing']);
  });

  it('takes dates from the creators when the cell has none', () => {
    const dated = campaigns.map((c) => ({
      ...c,
      results: { ...c.results, startDate: '2026-06-01', endDate: '2026-06-10' },
    }));
    const w = compareCells([micro, { ...nanos, startDate: null, endDate: null }], dated).warnings;
    expect(w.map((x) => x.code)).toEqual(['testTooShort']);
  });

  it('warns on budgets in different currencies instead of comparing them', () => {
    const w = compareCells([micro, { ...nanos, budget: eur(1000) }], campaigns).warnings;
    expect(w).toContainEqual({
      code: 'mixedCurrency',
      cellIds: ['micro', 'nanos'],
      subs: ['EUR, USD'],
    });
    expect(w.map((x) => x.code)).not.toContain('budgetsUnequal');
  });

  it('refuses a cell whose creators were paid in two currencies', () => {
    const mixed = [
      ...campaigns.slice(0, 2),
      campaign('instagram:nano2', { fee: eur(450) }, campaigns[2]!.results),
    ];
    const r = compareCells([micro, nanos], mixed);
    expect(r.cells[1]!.totals.cost).toEqual({
      kind: 'n/a',
      reason: 'mixedCurrency',
      subs: ['EUR, USD'],
    });
    expect(r.cells[1]!.metrics.cpa).toMatchObject({ kind: 'n/a', reason: 'mixedCurrency' });
  });

  it('names cells with creators lacking costs or results, and a lone cell', () => {
    const partial = [...campaigns.slice(0, 2), campaign('instagram:nano2')];
    const r = compareCells([micro, nanos], partial);
    expect(r.cells[1]!.missingCosts).toEqual(['instagram:nano2']);
    expect(r.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['missingCosts', 'missingResults']),
    );
    expect(
      compareCells(
        [{ ...nanos, creatorIds: [...nanos.creatorIds, 'tiktok:ghost'] }],
        campaigns,
      ).warnings.map((w) => w.code),
    ).toEqual(['fewerThanTwoCells', 'missingCosts', 'missingResults']);
  });
});

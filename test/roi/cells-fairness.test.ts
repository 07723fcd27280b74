import { describe, expect, it } from 'vitest';
import { compareCells } from '../../src/roi/cells';
import { MIN_TEST_DAYS, testDays } from '../../src/roi/fairness';
import { campaign, cell, eur, usd } from './fixtures';
import { campaigns, micro, nanos } from './micro-vs-nanos';

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

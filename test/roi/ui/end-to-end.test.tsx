// @vitest-environment happy-dom
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareCells } from '../../../src/roi/cells';
import { ROI_CSV_COLUMNS } from '../../../src/roi/csv-columns';
import type { CreatorCampaign } from '../../../src/shared/roi';
import { CellChart } from '../../../src/ui/roi/CellChart';
import { CellComparison } from '../../../src/ui/roi/CellComparison';
import { MetricsTable } from '../../../src/ui/roi/MetricsTable';
import { mount } from '../../ui/components/render';
import { cell } from '../fixtures';
import { enter } from './type-campaign';

const period = { goal: 'conversion', window: '30', startDate: '2026-06-01', endDate: '2026-06-21' };

describe('end to end: three creators, two cells, figures and CSV', () => {
  let micro: CreatorCampaign, nano1: CreatorCampaign, nano2: CreatorCampaign;
  let all: CreatorCampaign[];
  let comparison: ReturnType<typeof compareCells>;
  // Typing needs the test environment's act(), so it runs before the tests, not while collecting them.
  beforeAll(() => {
    micro = enter(
      'instagram:micro',
      { fee: '1,200', shipping: '30', managementHours: '3', hourlyRate: '40' },
      {
        impressions: '90,000',
        engagements: '2,700',
        clicks: '540',
        conversions: '27',
        revenue: '3,510',
        grossProfit: '1,404',
        ...period,
      },
    );
    nano1 = enter(
      'instagram:nano1',
      { fee: '150', commissionPercent: '10', giftingValue: '45', shipping: '12' },
      {
        impressions: '30,000',
        engagements: '2,400',
        clicks: '300',
        conversions: '21',
        revenue: '2,100',
        grossProfit: '840',
        ...period,
      },
    );
    nano2 = enter(
      'tiktok:nano2',
      {
        fee: '200',
        commissionPercent: '10',
        giftingValue: '45',
        shipping: '12',
        managementHours: '4',
        hourlyRate: '40',
      },
      {
        impressions: '55,000',
        engagements: '3,100',
        clicks: '420',
        conversions: '18',
        revenue: '1,900',
        grossProfit: '760',
        ...period,
      },
    );
    all = [micro, nano1, nano2];
    comparison = compareCells(
      [
        cell('micro', [micro.creatorId], { name: 'Micro' }),
        cell('nanos', [nano1.creatorId, nano2.creatorId], { name: 'Nano bundle' }),
      ],
      all,
    );
  });

  it('stores what was typed, as minor units and whole counts', () => {
    expect(micro.costs).toMatchObject({
      fee: { minor: 120_000, currency: 'USD' },
      managementHours: 3,
      giftingValue: null,
    });
    expect(nano1.costs.commissionPercent).toBe(10);
    expect(nano2.results).toMatchObject({
      impressions: 55_000,
      goal: 'conversion',
      attributionWindowDays: 30,
      endDate: '2026-06-21',
    });
  });

  it('computes the cells by hand-checked figures', () => {
    const [m, n] = comparison.cells;
    // micro: 1200 + 30 + 3 × 40 = 1350. nanos: (150 + 210 + 45 + 12) + (200 + 190 + 45 + 12 + 160) = 417 + 607 = 1024.
    expect(m!.totals.cost).toMatchObject({ total: { minor: 135_000 } });
    expect(n!.totals.cost).toMatchObject({ total: { minor: 102_400 } });
    expect(m!.metrics.cpa).toMatchObject({ value: 50 }); // 1350 ÷ 27
    expect(n!.metrics.cpa).toMatchObject({ value: 1024 / 39 });
    expect(n!.metrics.roas).toMatchObject({ value: 4000 / 1024 });
    expect(comparison.leaders.cpa).toEqual(['nanos']);
    expect(comparison.warnings.map((w) => w.code)).toEqual(['spendUnequal']); // 1350 vs 1024: 24 %
  });

  it('shows the answer and the warning on the page, and passes an accessibility check', async () => {
    const root = mount(
      <main>
        <MetricsTable
          locale="en-US"
          rows={all.map((c) => ({ creatorId: c.creatorId, label: c.creatorId, campaign: c }))}
        />
        <CellComparison comparison={comparison} locale="en-US" />
        <CellChart comparison={comparison} metric="cpa" idPrefix="e2e" locale="en-US" />
      </main>,
    );
    const page = root.textContent ?? '';
    expect(page).toContain('Better buy on CPA: Nano bundle.');
    expect(page).toContain('Actual spend differs by 24.1%, more than the 10% tolerance.');
    expect(page).not.toMatch(/NaN|Infinity|roi_/);
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('puts the same figures in the CSV columns', () => {
    const csv = Object.fromEntries(ROI_CSV_COLUMNS.map((c) => [c.id, c.get(nano2)]));
    expect(csv).toMatchObject({
      roi_fee: 200,
      roi_commission: 190,
      roi_total_cost: 607,
      roi_conversions: 18,
      roi_revenue: 1900,
      roi_goal: 'conversion',
    });
    expect(csv.roi_cpa).toBeCloseTo(607 / 18, 4);
    expect(csv.roi_roi_profit).toBeCloseTo(((760 - 607) / 607) * 100, 2);
    expect(ROI_CSV_COLUMNS.map((c) => c.get(micro))).not.toContain('n/a');
  });
});

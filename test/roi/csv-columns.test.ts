import { describe, expect, it } from 'vitest';
import { ROI_CSV_COLUMNS } from '../../src/roi/csv-columns';
import { campaign, eur, usd } from './fixtures';

const row = (c: Parameters<(typeof ROI_CSV_COLUMNS)[number]['get']>[0]) =>
  Object.fromEntries(ROI_CSV_COLUMNS.map((col) => [col.id, col.get(c)]));

describe('ROI columns for the CSV export', () => {
  it('have unique roi_ ids and plain headers', () => {
    const ids = ROI_CSV_COLUMNS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of ROI_CSV_COLUMNS) {
      expect(c.id).toMatch(/^roi_[a-z_]+$/);
      expect(c.header).not.toMatch(/^[=+\-@]/);
    }
  });

  it('are empty for a creator without a campaign', () => {
    expect(Object.values(row(null)).every((v) => v === null)).toBe(true);
  });

  it('give costs, results and metrics in major units, n/a where a metric cannot be computed', () => {
    const c = campaign(
      'tiktok:a',
      {
        fee: usd(150),
        shipping: usd(9.99),
        managementHours: 1.5,
        hourlyRate: usd(40),
        commissionPercent: 10,
      },
      {
        impressions: 20_000,
        engagements: 0,
        clicks: 300,
        conversions: 12,
        revenue: usd(1200),
        goal: 'conversion',
        startDate: '2026-06-01',
        attributionWindowDays: 14,
      },
    );
    const r = row(c);
    // 150 + 9.99 + 60 + 120 commission = 339.99
    expect(r).toMatchObject({
      roi_currency: 'USD',
      roi_fee: 150,
      roi_shipping: 9.99,
      roi_gifting_value: null,
      roi_management_hours: 1.5,
      roi_hourly_rate: 40,
      roi_commission_percent: 10,
      roi_commission: 120,
      roi_total_cost: 339.99,
      roi_impressions: 20_000,
      roi_goal: 'conversion',
      roi_start_date: '2026-06-01',
      roi_end_date: null,
      roi_attribution_window_days: 14,
      roi_cpe: 'n/a',
      roi_gross_profit: null,
      roi_roi_profit: 'n/a',
    });
    expect(r.roi_cpm).toBeCloseTo(16.9995, 4); // 339.99 ÷ 20,000 × 1000
    expect(r.roi_cpc).toBeCloseTo(1.1333, 4);
    expect(r.roi_cpa).toBeCloseTo(28.3325, 4);
    expect(r.roi_roas).toBeCloseTo(3.5295, 4);
    expect(r.roi_roi_revenue).toBeCloseTo(252.95, 2); // percent
  });

  it('marks a refused total as n/a and keeps commission unknown until revenue is entered', () => {
    const mixed = row(campaign('a', { fee: usd(10), shipping: eur(5) }));
    expect(mixed.roi_total_cost).toBe('n/a');
    expect(mixed.roi_currency).toBe('USD');
    const pending = row(campaign('a', { fee: usd(150), commissionPercent: 12 }));
    expect(pending.roi_commission).toBe('n/a');
    expect(pending.roi_total_cost).toBe('n/a');
  });
});

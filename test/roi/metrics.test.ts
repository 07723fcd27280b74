import { describe, expect, it } from 'vitest';
import { totalCost } from '../../src/roi/costs';
import { computeMetrics } from '../../src/roi/metrics';
import { campaign, eur, usd } from './fixtures';

const value = (m: { kind: string; value?: number }) => (m.kind === 'n/a' ? m : m.value);

describe('total cost', () => {
  it('adds every cost line the seed lists, management time and commission included', () => {
    const c = campaign(
      'instagram:a',
      {
        fee: usd(150),
        giftingValue: usd(40),
        shipping: usd(12.5),
        trackingSetup: usd(20),
        contentEditing: usd(30),
        whitelisting: usd(50),
        usageRights: usd(75),
        managementHours: 2.5,
        hourlyRate: usd(40),
        paidAmplification: usd(100),
        commissionPercent: 12.5,
      },
      { revenue: usd(1000) },
    );
    const t = totalCost(c.costs, c.results.revenue);
    // 150 + 40 + 12.50 + 20 + 30 + 50 + 75 + (2.5 × 40 = 100) + 100 + (12.5 % × 1000 = 125)
    expect(t).toMatchObject({ kind: 'total', total: usd(702.5) });
    if (t.kind !== 'total') return;
    expect(t.lines.map((l) => l.id)).toContain('commission');
    expect(t.lines.find((l) => l.id === 'managementTime')?.amount).toEqual(usd(100));
    expect(t.lines.reduce((a, l) => a + l.amount.minor, 0)).toBe(t.total.minor);
  });

  it('leaves lines that were not entered out, and says when nothing was entered', () => {
    expect(totalCost(campaign('x', { fee: usd(80) }).costs, null)).toMatchObject({
      total: usd(80),
      lines: [{ id: 'fee', amount: usd(80) }],
    });
    expect(totalCost(campaign('x').costs, null)).toEqual({ kind: 'n/a', reason: 'noCost' });
  });

  it('refuses half-entered management time and commission without revenue', () => {
    expect(totalCost(campaign('x', { fee: usd(1), managementHours: 3 }).costs, null)).toEqual({
      kind: 'n/a',
      reason: 'incompleteManagementTime',
    });
    expect(totalCost(campaign('x', { hourlyRate: usd(30) }).costs, null)).toMatchObject({
      reason: 'incompleteManagementTime',
    });
    expect(totalCost(campaign('x', { fee: usd(150), commissionPercent: 10 }).costs, null)).toEqual({
      kind: 'n/a',
      reason: 'commissionNeedsRevenue',
    });
  });

  it('rounds a commission of half a cent to even', () => {
    const t = totalCost(campaign('x', { commissionPercent: 10 }).costs, usd(1.25));
    expect(t).toMatchObject({ total: { minor: 12 } });
  });

  it('refuses to add lines in different currencies', () => {
    const t = totalCost(campaign('x', { fee: usd(100), shipping: eur(10) }).costs, null);
    expect(t).toEqual({ kind: 'n/a', reason: 'mixedCurrency', subs: ['EUR, USD'] });
  });
});

describe('metrics after the campaign', () => {
  // Total cost $1,000: fee 800 + gifting 150 + shipping 50.
  const base = { fee: usd(800), giftingValue: usd(150), shipping: usd(50) };
  const results = {
    impressions: 40_000,
    engagements: 2_000,
    clicks: 400,
    conversions: 20,
    revenue: usd(3000),
    grossProfit: usd(1500),
  };

  it('computes every formula against hand-worked figures', () => {
    const m = computeMetrics(campaign('x', base, results));
    expect(value(m.cpm)).toBeCloseTo(25, 10); // 1000 ÷ 40,000 × 1000
    expect(value(m.cpe)).toBeCloseTo(0.5, 10); // 1000 ÷ 2,000
    expect(value(m.cpc)).toBeCloseTo(2.5, 10); // 1000 ÷ 400
    expect(value(m.cpa)).toBeCloseTo(50, 10); // 1000 ÷ 20
    expect(value(m.roas)).toBeCloseTo(3, 10); // 3000 ÷ 1000
    expect(value(m.roiRevenue)).toBeCloseTo(2, 10); // (3000 − 1000) ÷ 1000
    expect(value(m.roiProfit)).toBeCloseTo(0.5, 10); // (1500 − 1000) ÷ 1000
    expect(m.cpm).toMatchObject({ kind: 'money', currency: 'USD' });
    expect(m.roas).toMatchObject({ kind: 'ratio' });
  });

  it('counts hybrid-pay commission as cost', () => {
    // 10 % of $3,000 = $300 → total $1,300.
    const m = computeMetrics(campaign('x', { ...base, commissionPercent: 10 }, results));
    expect(m.totalCost).toMatchObject({ total: usd(1300) });
    expect(value(m.cpa)).toBeCloseTo(65, 10);
    expect(value(m.roas)).toBeCloseTo(3000 / 1300, 12);
    expect(value(m.roiRevenue)).toBeCloseTo(1700 / 1300, 12);
    expect(value(m.roiProfit)).toBeCloseTo(200 / 1300, 12);
  });

  it('gives a negative ROI when profit does not cover the cost', () => {
    const m = computeMetrics(campaign('x', base, { ...results, grossProfit: usd(250) }));
    expect(value(m.roiProfit)).toBeCloseTo(-0.75, 10);
  });

  it('shows n/a with a reason for every zero or missing denominator', () => {
    const zero = computeMetrics(
      campaign('x', base, { impressions: 0, engagements: 0, clicks: 0, conversions: 0 }),
    );
    expect(zero.cpm).toEqual({ kind: 'n/a', reason: 'zeroImpressions' });
    expect(zero.cpe).toEqual({ kind: 'n/a', reason: 'zeroEngagements' });
    expect(zero.cpc).toEqual({ kind: 'n/a', reason: 'zeroClicks' });
    expect(zero.cpa).toEqual({ kind: 'n/a', reason: 'zeroConversions' });
    expect(zero.roas).toEqual({ kind: 'n/a', reason: 'noRevenue' });
    expect(zero.roiProfit).toEqual({ kind: 'n/a', reason: 'noGrossProfit' });
    const missing = computeMetrics(campaign('x', base));
    expect(missing.cpm).toEqual({ kind: 'n/a', reason: 'noImpressions' });
    expect(missing.cpe).toEqual({ kind: 'n/a', reason: 'noEngagements' });
    expect(missing.cpc).toEqual({ kind: 'n/a', reason: 'noClicks' });
    expect(missing.cpa).toEqual({ kind: 'n/a', reason: 'noConversions' });
    const free = computeMetrics(campaign('x', { fee: usd(0) }, results));
    expect(free.cpm).toMatchObject({ kind: 'money', value: 0 });
    expect(free.roas).toEqual({ kind: 'n/a', reason: 'zeroCost' });
    expect(free.roiRevenue).toEqual({ kind: 'n/a', reason: 'zeroCost' });
    const nothing = computeMetrics(campaign('x', {}, results));
    expect(nothing.cpa).toEqual({ kind: 'n/a', reason: 'noCost' });
    expect(nothing.roas).toEqual({ kind: 'n/a', reason: 'noCost' });
  });

  it('refuses revenue in another currency than the cost', () => {
    const m = computeMetrics(campaign('x', base, { ...results, revenue: eur(3000) }));
    expect(m.roas).toEqual({ kind: 'n/a', reason: 'mixedCurrency', subs: ['EUR, USD'] });
    expect(m.cpa).toMatchObject({ kind: 'money' });
  });
});

describe('amounts too large for exact minor units', () => {
  it('refuses instead of throwing or losing cents', () => {
    const huge = { minor: 5e15, currency: 'USD' };
    expect(totalCost(campaign('x', { fee: huge, shipping: huge }).costs, null)).toEqual({
      kind: 'n/a',
      reason: 'tooLarge',
    });
    const hours = campaign('x', { managementHours: 1e9, hourlyRate: usd(1e7) });
    expect(totalCost(hours.costs, null)).toEqual({ kind: 'n/a', reason: 'tooLarge' });
    expect(computeMetrics(hours).cpa).toEqual({ kind: 'n/a', reason: 'tooLarge' });
  });
});

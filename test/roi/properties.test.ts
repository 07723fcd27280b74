import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareCells } from '../../src/roi/cells';
import { totalCost } from '../../src/roi/costs';
import { ROI_CSV_COLUMNS } from '../../src/roi/csv-columns';
import { estimateBeforeBooking, estimateBundle } from '../../src/roi/estimate';
import { computeMetrics, METRIC_IDS } from '../../src/roi/metrics';
import type { Metric } from '../../src/roi/outcome';
import { CampaignResults, CostLines, CreatorCampaign } from '../../src/shared/roi';
import { cell } from './fixtures';

/** Arbitrary entries, including zeros, nulls, huge counts and a stray second currency. */
const amount = (currencies: string[]) =>
  fc.option(
    fc.record({
      minor: fc.integer({ min: 0, max: 1e11 }),
      currency: fc.constantFrom(...currencies),
    }),
    { freq: 3 },
  );
const count = fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e12 })), { freq: 3 });

const costs = (currencies: string[]) =>
  fc
    .record({
      fee: amount(currencies),
      giftingValue: amount(currencies),
      shipping: amount(currencies),
      trackingSetup: amount(currencies),
      contentEditing: amount(currencies),
      whitelisting: amount(currencies),
      usageRights: amount(currencies),
      managementHours: fc.option(fc.double({ min: 0, max: 1000, noNaN: true })),
      hourlyRate: amount(currencies),
      paidAmplification: amount(currencies),
      commissionPercent: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
    })
    .map((c) => CostLines.parse(c));

const results = (currencies: string[]) =>
  fc
    .record({
      impressions: count,
      reach: count,
      engagements: count,
      clicks: count,
      conversions: count,
      revenue: amount(currencies),
      grossProfit: amount(currencies),
    })
    .map((r) => CampaignResults.parse(r));

const campaignArb = (id: string, currencies = ['USD']) =>
  fc
    .record({ costs: costs(currencies), results: results(currencies) })
    .map((c) => CreatorCampaign.parse({ creatorId: id, ...c, updatedAt: '2026-01-01T00:00:00Z' }));

const finite = (m: Metric) => m.kind === 'n/a' || Number.isFinite(m.value);

describe('properties', () => {
  it('the total cost is exactly the sum of its integer lines', () => {
    fc.assert(
      fc.property(campaignArb('a'), (c) => {
        const t = totalCost(c.costs, c.results.revenue);
        if (t.kind === 'n/a') return;
        expect(Number.isSafeInteger(t.total.minor)).toBe(true);
        expect(t.lines.reduce((s, l) => s + l.amount.minor, 0)).toBe(t.total.minor);
      }),
      { numRuns: 100 },
    );
  });

  it('no metric is ever NaN or Infinity, with any mix of zeros, nulls and currencies', () => {
    fc.assert(
      fc.property(campaignArb('a', ['USD', 'USD', 'EUR']), (c) => {
        const m = computeMetrics(c);
        for (const id of METRIC_IDS) expect(finite(m[id]), id).toBe(true);
        for (const col of ROI_CSV_COLUMNS) {
          const v = col.get(c);
          if (typeof v === 'number') expect(Number.isFinite(v), col.id).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a cell’s cost is the sum of its creators’ costs, and its metrics stay finite', () => {
    fc.assert(
      fc.property(fc.array(campaignArb('x'), { minLength: 1, maxLength: 8 }), (list) => {
        const named = list.map((c, i) => ({ ...c, creatorId: `c${i}` }));
        const half = Math.ceil(named.length / 2);
        const r = compareCells(
          [
            cell(
              'a',
              named.slice(0, half).map((c) => c.creatorId),
            ),
            cell(
              'b',
              named.slice(half).map((c) => c.creatorId),
            ),
          ],
          named,
        );
        r.cells.forEach((s) => {
          for (const id of METRIC_IDS) expect(finite(s.metrics[id])).toBe(true);
          const parts = s.campaigns.map((c) => totalCost(c.costs, c.results.revenue));
          if (
            s.totals.cost.kind === 'total' &&
            parts.every((p) => p.kind === 'total' || p.reason === 'noCost')
          ) {
            const added = parts.reduce(
              (acc, p) => acc + (p.kind === 'total' ? p.total.minor : 0),
              0,
            );
            expect(s.totals.cost.total.minor).toBe(added);
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  it('estimates stay finite for any read stats', () => {
    const stats = fc.record({
      followers: fc.option(fc.integer({ min: 0, max: 1e10 })),
      engagementRate: fc.option(fc.double({ min: 0, max: 5, noNaN: true })),
      medianViews: fc.option(fc.integer({ min: 0, max: 1e10 })),
    });
    fc.assert(
      fc.property(
        fc.array(stats, { minLength: 1, maxLength: 10 }),
        fc.option(fc.integer({ min: 0, max: 1e9 })),
        (all, quote) => {
          const each = all.map((s) =>
            estimateBeforeBooking({
              stats: s,
              tier: 'micro',
              platform: 'instagram',
              format: 'post',
              quoted: quote === null ? null : { minor: quote, currency: 'USD' },
            }),
          );
          for (const e of [...each, estimateBundle(each)])
            expect(finite(e.cpm) && finite(e.cpe)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

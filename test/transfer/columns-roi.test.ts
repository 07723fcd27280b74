import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/transfer/columns';
import { readShortlistCsv } from '../../src/transfer/csv-read';
import { shortlistToCsv } from '../../src/transfer/shortlist-csv';
import type { ShortlistRow } from '../../src/shared/shortlist-row';
import type { CreatorCampaign } from '../../src/shared/roi';
import { campaign, usd } from '../roi/fixtures';
import { sampleRows } from './sample-rows';

/** Cells of one data row by column id, read back with a real CSV parser. */
function cellsById(csv: string, line = 1): Record<string, string> {
  const data = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
  const ids = csvColumns().map((c) => c.id);
  return Object.fromEntries(ids.map((id, i) => [id, data[line]![i]!]));
}

const withCampaign = (row: ShortlistRow, c: CreatorCampaign | null): ShortlistRow => ({
  ...row,
  campaign: c && { ...c, creatorId: row.record.id },
});

const micro = campaign(
  'x',
  { fee: usd(1200), shipping: usd(30), managementHours: 3, hourlyRate: usd(40) },
  { impressions: 90_000, conversions: 27, revenue: usd(3510), grossProfit: usd(1404) },
);
const varied: (CreatorCampaign | null)[] = [
  micro,
  campaign('x', { fee: usd(150), commissionPercent: 12.5 }, { revenue: usd(2100.35) }),
  campaign('x', {}, { grossProfit: usd(-80.5), goal: 'awareness', startDate: '2026-06-01' }),
  campaign('x', { fee: { minor: 50_000, currency: 'JPY' } }, { clicks: 0 }),
  campaign('x'),
  null,
];

describe('campaign (ROI) columns in the shortlist CSV', () => {
  it('writes the hand-computed figures: micro 1,200 + 30 + 3 × 40 = 1,350; CPA 1,350 ÷ 27 = 50', () => {
    const [row] = sampleRows(1);
    const cells = cellsById(shortlistToCsv([withCampaign(row!, micro)]));
    expect(cells).toMatchObject({
      roi_currency: 'USD',
      roi_fee: '1200',
      roi_total_cost: '1350',
      roi_cpa: '50',
      roi_cpm: '15', // 1350 ÷ 90,000 × 1000
      roi_roas: '2.6', // 3510 ÷ 1350
      roi_roi_profit: '4', // (1404 − 1350) ÷ 1350 = 4 %
      roi_cpe: 'n/a', // engagements not entered
      roi_reach: '',
    });
  });

  it('reads entered figures back and gives byte-identical files, computed cells included', () => {
    const rows = sampleRows(varied.length * 2).map((r, i) => withCampaign(r, varied[i % 6]!));
    const first = shortlistToCsv(rows);
    const preview = readShortlistCsv(first, { now: new Date('2026-07-01T00:00:00Z') });
    expect(preview.errors).toEqual([]);
    expect(shortlistToCsv(preview.rows)).toBe(first);
    preview.rows.forEach((back, i) => {
      const original = rows[i]!.campaign ?? null;
      if (original === null) return expect(back.campaign ?? null).toBeNull();
      expect(back.campaign).toEqual({ ...original, updatedAt: '2026-07-01T00:00:00.000Z' });
    });
  });

  it('round-trips any entered amounts and counts exactly', () => {
    const amount = fc.option(fc.integer({ min: -1e11, max: 1e11 }), { nil: null });
    const count = fc.option(fc.nat({ max: 1e9 }), { nil: null });
    const arb = fc.record({
      currency: fc.constantFrom('USD', 'JPY', 'BHD', 'EUR'),
      fee: amount,
      revenue: amount,
      hours: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null }),
      clicks: count,
    });
    const [row] = sampleRows(1);
    fc.assert(
      fc.property(arb, (a) => {
        const money = (minor: number | null) =>
          minor === null ? null : { minor, currency: a.currency };
        const c = campaign(
          'x',
          { fee: money(a.fee), managementHours: a.hours },
          {
            revenue: money(a.revenue),
            clicks: a.clicks,
          },
        );
        const first = shortlistToCsv([withCampaign(row!, c)]);
        const back = readShortlistCsv(first);
        expect(back.errors).toEqual([]);
        expect(shortlistToCsv(back.rows)).toBe(first);
        expect(back.rows[0]!.campaign?.costs.fee ?? null).toEqual(c.costs.fee);
      }),
      { numRuns: 200 },
    );
  }, 300_000);

  it('reads a hand-made file with a few columns, in any order, by header or id', () => {
    const csv =
      'Handle,Platform,roi_fee,Campaign conversions,Campaign currency,Campaign goal\r\n' +
      'lena.bakes,instagram,150.5,21,eur,Conversion\r\n';
    const preview = readShortlistCsv(csv);
    expect(preview).toMatchObject({ errors: [], ignored: [] });
    expect(preview.rows[0]!.campaign).toMatchObject({
      creatorId: 'instagram:lena.bakes',
      costs: { fee: { minor: 15050, currency: 'EUR' }, shipping: null },
      results: { conversions: 21, goal: 'conversion' },
    });
  });

  it('imports older files without campaign columns, and rows without figures, as no campaign', () => {
    const preview = readShortlistCsv('Handle,Platform\r\nmaya.moves,tiktok\r\n');
    expect(preview).toMatchObject({ errors: [], ignored: [] });
    expect(preview.rows[0]!.campaign ?? null).toBeNull();
  });

  it('refuses amounts without a currency, an unknown goal and a bad date, naming row and column', () => {
    const csv =
      'Handle,Platform,Campaign fee,Campaign currency,Campaign goal,Campaign end date\r\n' +
      'a,tiktok,100,,,\r\n' +
      'b,tiktok,,,fame,\r\n' +
      'c,tiktok,,,,31/06/2026\r\n';
    const { rows, errors } = readShortlistCsv(csv);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'Campaign currency'],
      [3, 'Campaign goal'],
      [4, 'Campaign end date'],
    ]);
    expect(errors[1]!.message).toContain('awareness, consideration, conversion');
  });
});

import { describe, expect, it } from 'vitest';
import { rowSentence } from '../../../src/ui/errors/row-words';
import { readResultsCsv, type ResultsContext } from '../../../src/ui/campaigns/results-csv';
import { resultsTemplateRows } from '../../../src/ui/campaigns/results-fields';
import { toCsv } from '../../../src/transfer/csv-write';
import { campaign, usd } from '../../roi/fixtures';

const ctx: ResultsContext = {
  creators: [
    { id: 'instagram:lena.bakes', handle: 'lena.bakes' },
    { id: 'tiktok:maya.moves', handle: 'maya.moves' },
    { id: 'tiktok:sam', handle: 'sam' },
    { id: 'youtube:sam', handle: 'sam' },
  ],
  campaigns: new Map([
    [
      'tiktok:maya.moves',
      campaign('tiktok:maya.moves', { fee: usd(200) }, { clicks: 400, reach: 9000 }),
    ],
  ]),
  currency: 'USD',
  now: new Date('2026-07-01T00:00:00Z'),
};

describe('results CSV', () => {
  it('matches creators by id, handle or @handle and reads counts, amounts, goal and dates', () => {
    const csv = [
      'Creator,Impressions,Engagements,Conversions,Revenue,Gross profit,Attribution window days,Goal,Start date,End-Date,Currency',
      'instagram:lena.bakes,"90,000","2,700",27,"3,510.00",1404,30,Conversion,2026-06-01,2026-06-21,usd',
      '@maya.moves,55000,3100,18,1900.5,-80.25,30,conversion,2026-06-01,2026-06-21,',
    ].join('\r\n');
    const { updates, errors, warnings } = readResultsCsv(csv, ctx);
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] });
    const [lena, maya] = updates;
    expect(lena).toMatchObject({
      creatorId: 'instagram:lena.bakes',
      results: {
        impressions: 90_000,
        engagements: 2700,
        conversions: 27,
        revenue: { minor: 351_000, currency: 'USD' },
        grossProfit: { minor: 140_400, currency: 'USD' },
        attributionWindowDays: 30,
        goal: 'conversion',
        startDate: '2026-06-01',
        endDate: '2026-06-21',
      },
      updatedAt: '2026-07-01T00:00:00.000Z',
    });
    // Empty cells and absent columns keep what was stored; costs are untouched.
    expect(maya!.results).toMatchObject({ clicks: 400, reach: 9000, conversions: 18 });
    expect(maya!.results.grossProfit).toEqual({ minor: -8025, currency: 'USD' });
    expect(maya!.costs.fee).toEqual(usd(200));
  });

  it('reads a semicolon-separated file and notes columns it ignores', () => {
    const csv = 'handle;clicks;notes\nmaya.moves;12;great\n';
    const { updates, errors, warnings } = readResultsCsv(csv, ctx);
    expect(errors).toEqual([]);
    expect(updates[0]!.results.clicks).toBe(12);
    expect(warnings).toEqual(['Column “notes” is not a result column and was ignored.']);
  });

  it('lists every problem by row and column, and stores nothing (all-or-nothing)', () => {
    const csv = [
      'creator,clicks,revenue,goal,end_date,currency',
      'lena.bakes,12,,,,',
      'nobody,1,,,,',
      'sam,1,,,,',
      'lena.bakes,2,,,,',
      'maya.moves,1.5,12.345,fame,2026-02-30,EUR',
    ].join('\n');
    const { updates, errors } = readResultsCsv(csv, ctx);
    expect(updates).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'creator'],
      [4, 'creator'],
      [5, 'creator'],
      [6, 'clicks'],
      [6, 'revenue'],
      [6, 'goal'],
      [6, 'currency'],
      [6, 'end_date'], // 30 February passes the pattern; zod refuses it
    ]);
    const text = errors.map((e) => e.message).join('\n');
    expect(text).toContain('No creator @nobody on the shortlist.');
    expect(text).toContain('@sam is on several platforms; write the creator ID instead');
    expect(text).toContain('tiktok:sam, youtube:sam');
    expect(text).toContain('the same creator as row 2.');
    expect(text).toContain('Enter a whole number.');
    expect(text).toContain('Amounts in EUR, but the brand currency is USD');
  });

  it('refuses a date that does not exist (zod), naming its column', () => {
    const { errors } = readResultsCsv('creator,end_date\nlena.bakes,2026-02-30\n', ctx);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column: 'end_date' });
    // Said in words, not as zod's "Invalid ISO date".
    const { column, ...problem } = errors[0]!;
    expect(rowSentence({ ...problem, place: column ?? '' })).toBe(
      'Row 2, end_date: expected a date written year-month-day, such as 2026-03-31; found “2026-02-30”.',
    );
  });

  it('needs a creator column and at least one result column', () => {
    expect(readResultsCsv('handle,notes\nlena.bakes,x\n', ctx).errors[0]!.message).toMatch(
      /No result columns/,
    );
    expect(readResultsCsv('clicks,reach\n1,2\n', ctx).errors[0]!.message).toMatch(
      /“creator” column/,
    );
  });

  it('offers a template that reads back without problems', () => {
    const rows = resultsTemplateRows(
      ctx.creators.map((c) => c.id),
      'USD',
    );
    expect(rows[0]).toContain('gross_profit');
    const preview = readResultsCsv(toCsv(rows), ctx);
    expect(preview.errors).toEqual([]);
    expect(preview.updates).toHaveLength(4);
  });
});

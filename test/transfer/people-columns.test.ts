import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ManualEntries } from '../../src/shared/vetting';
import { readShortlistCsv } from '../../src/transfer/csv-read';
import type { ShortlistRow } from '../../src/shared/shortlist-row';
import { shortlistToCsv } from '../../src/transfer/shortlist-csv';
import { sampleRows } from './sample-rows';
import { STANDARD_COLUMNS } from '../../src/transfer/columns';
import { percentAsShown } from '../../src/transfer/columns-score';

describe('columns for people', () => {
  it('writes percentages as the popup rounds them: one decimal, two below 1%', () => {
    expect(percentAsShown(0.037312)).toBe(3.7);
    expect(percentAsShown(0.00437)).toBe(0.44);
    expect(percentAsShown(0)).toBe(0);
    expect(percentAsShown(null)).toBeNull();
    expect(percentAsShown(Number.NaN)).toBeNull();
  });

  it('are never read back, and say so in their meaning', () => {
    const people = STANDARD_COLUMNS.filter((c) => c.description.startsWith('For people'));
    expect(people.map((c) => c.header)).toEqual(
      expect.arrayContaining(['Engagement rate (%)', 'Risk reasons (labels)']),
    );
    for (const c of people) expect(c.kind).toBe('computed');
  });
});

describe('checklist "(in force)" and currency columns', () => {
  const cells = (csv: string) => {
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    return parsed.data;
  };
  const roundTrip = (rows: ShortlistRow[]) => {
    const first = shortlistToCsv(rows);
    const back = readShortlistCsv(first);
    return { first, back, second: shortlistToCsv(back.rows) };
  };

  it('say the state the popup shows and who decided it', () => {
    const row = sampleRows(20, 7).find((r) => r.record.score && r.record.score.signals.length > 0);
    const signals = [
      { ...row!.record.score!.signals[0]!, id: 'partnerships', verdict: 'pass' as const },
      { ...row!.record.score!.signals[0]!, id: 'engagement-quality', verdict: 'fail' as const },
    ];
    const scored: ShortlistRow = {
      ...row!,
      record: { ...row!.record, platform: 'instagram', score: { ...row!.record.score!, signals } },
      checklist: {
        creatorId: row!.record.id,
        manual: ManualEntries.parse({}),
        overrides: { consistency: { state: 'fail', note: 'Gap in spring.' } },
        updatedAt: '2026-11-30T08:00:00.000Z',
      },
    };
    const [out] = cells(shortlistToCsv([scored]));
    expect(out!['Checklist: Past partnerships (in force)']).toBe('Pass (automatic)');
    expect(out!['Checklist: Engagement quality (in force)']).toBe('Fail (automatic)');
    expect(out!['Checklist: Content consistency (in force)']).toBe('Fail (marketer)');
    expect(out!['Checklist: Content consistency']).toBe('fail');
    expect(out!['Checklist: Audience country mix (in force)']).toBe('Unknown (automatic)');
    expect(out!['Currency']).toBe('USD');
  });

  it('stay byte-identical through an import, on every platform, with the score’s platform set', () => {
    const rows = sampleRows(300, 11).map((r) =>
      r.record.score
        ? {
            ...r,
            record: { ...r.record, score: { ...r.record.score, platform: r.record.platform } },
          }
        : r,
    );
    const { first, back, second } = roundTrip(rows);
    expect(back.errors).toEqual([]);
    expect(second).toBe(first);
    const states = cells(first).map((c) => c['Checklist: Story views vs followers (in force)']);
    expect(new Set(states).size).toBeGreaterThan(1);
  });

  it('fill the currency without inventing a checklist, and keep an entered one', () => {
    const rows = sampleRows(40, 3);
    const { first, back } = roundTrip(rows);
    cells(first).forEach((c, i) =>
      expect(c['Currency']).toBe(rows[i]!.checklist?.manual.currency ?? 'USD'),
    );
    back.rows.forEach((r, i) => expect(r.checklist).toEqual(rows[i]!.checklist));
    // A hand-made file naming another currency and nothing else of the checklist keeps it.
    const lines = first.split('\r\n');
    const noChecklist = rows.findIndex((r) => r.checklist === null);
    const edited = lines
      .map((line, i) => (i === noChecklist + 1 ? line.replace(/,USD,/, ',EUR,') : line))
      .join('\r\n');
    const imported = readShortlistCsv(edited).rows[noChecklist]!;
    expect(imported.checklist?.manual.currency).toBe('EUR');
  });
});

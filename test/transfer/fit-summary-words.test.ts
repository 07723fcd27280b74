import { describe, expect, it } from 'vitest';
import { readShortlistCsv } from '../../src/transfer/csv-read';
import { shortlistToCsv } from '../../src/transfer/shortlist-csv';
import { sampleRow } from '../ui/shortlist/sample';

/** The "Fit summary" cell of a one-creator export. */
function fitCell(csv: string): string {
  const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
  return row!.split(',')[header!.split(',').indexOf('Fit summary')]!;
}

describe('the fit summary in the CSV', () => {
  it('names the signals by label, not by id, and keeps the words through an import', () => {
    const row = sampleRow(1);
    row.record.score!.fitSummary =
      'No niche fit yet (niche-fit): set a brand profile [target-market].';
    const csv = shortlistToCsv([row]);
    expect(fitCell(csv)).toBe('No niche fit yet (Niche fit): set a brand profile [Target market].');
    const back = readShortlistCsv(csv);
    expect(back.errors).toEqual([]);
    // Import keeps the words as read, so the next export writes the same cell.
    expect(fitCell(shortlistToCsv(back.rows))).toBe(fitCell(csv));
  });

  it('leaves brackets that hold no signal id as they are', () => {
    const row = sampleRow(1);
    row.record.score!.fitSummary = 'Matches "vegan" (two-word-phrase) [x]';
    expect(fitCell(shortlistToCsv([row]))).toBe('"Matches ""vegan"" (two-word-phrase) [x]"');
  });
});

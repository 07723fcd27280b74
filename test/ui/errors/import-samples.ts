import { backupToJson, makeBackup } from '../../../src/transfer/backup';
import { parseImportText } from '../../../src/transfer/import-parse';
import { shortlistToCsv } from '../../../src/transfer/shortlist-csv';
import { rowSentence } from '../../../src/ui/errors/row-words';
import { planImport } from '../../../src/ui/shortlist/import-plan';
import { sampleRow } from '../shortlist/sample';

/** A CSV export of three creators with some cells of line 3 (the second creator) replaced. */
export function editedCsv(cells: Record<string, string>, line = 3): string {
  const lines = shortlistToCsv([sampleRow(1), sampleRow(2), sampleRow(3)]).split('\r\n');
  const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
  const row = lines[line - 1]!.split(',');
  for (const [column, value] of Object.entries(cells)) row[header.indexOf(column)] = value;
  lines[line - 1] = row.join(',');
  return lines.join('\r\n');
}

/** The shortlist page's preview of a CSV, as the marketer reads it. */
export const planOf = (csv: string) =>
  planImport('list.csv', parseImportText('list.csv', csv), {
    current: new Map(),
    storedIds: new Set(),
  });

export const sentencesOf = (csv: string) => planOf(csv).errors.map(rowSentence);

/** A valid backup of one shortlisted creator (@creator1, TikTok), as parsed JSON to edit. */
export function backupJson() {
  const row = sampleRow(1);
  return JSON.parse(
    backupToJson(
      makeBackup({
        creators: [row.record],
        readings: [],
        checklists: [],
        shortlist: [row.entry],
        settings: null,
      }),
    ),
  );
}

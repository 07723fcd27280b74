import { describe, expect, it } from 'vitest';
import { backupToJson, makeBackup } from '../../src/transfer/backup';
import { PROGRESS_STEP, readShortlistCsv } from '../../src/transfer/csv-read';
import {
  handleImportRequest,
  parseImportText,
  type ImportMessage,
} from '../../src/transfer/import-parse';
import { shortlistToCsv } from '../../src/transfer/shortlist-csv';
import { sampleRows } from './sample-rows';

const NOW = new Date('2026-06-01T00:00:00.000Z');
const ROWS = 2 * PROGRESS_STEP + 17;
const csv = shortlistToCsv(sampleRows(ROWS));

/** Runs one worker request with a fake postMessage and returns what it posted. */
async function posted(request: Parameters<typeof handleImportRequest>[0]) {
  const messages: ImportMessage[] = [];
  await handleImportRequest(request, (m) => messages.push(m));
  return messages;
}

describe('import parsing (the worker part)', () => {
  it('reads a CSV exactly as the CSV reader does, reporting progress as rows are checked', () => {
    const seen: [number, number][] = [];
    const parsed = parseImportText('list.csv', csv, {
      now: NOW,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(parsed).toEqual({ kind: 'csv', preview: readShortlistCsv(csv, { now: NOW }) });
    if (parsed.kind !== 'csv') throw new Error('not read as CSV');
    expect(parsed.preview.rows).toHaveLength(ROWS);
    expect(seen).toEqual([
      [0, ROWS],
      [PROGRESS_STEP, ROWS],
      [2 * PROGRESS_STEP, ROWS],
      [ROWS, ROWS],
    ]);
  });

  it('reads a JSON backup as a backup, whatever the file is called', () => {
    const json = backupToJson(
      makeBackup(
        { creators: [], readings: [], checklists: [], shortlist: [], settings: {} as never },
        NOW,
      ),
    );
    expect(parseImportText('export.txt', json).kind).toBe('backup');
  });

  it('posts progress from the file it was handed, then the parsed file', async () => {
    const file = new Blob([csv], { type: 'text/csv' });
    const messages = await posted({ fileName: 'list.csv', file, now: NOW.toISOString() });
    const last = messages.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type !== 'done' || last.parsed.kind !== 'csv') throw new Error('no CSV result');
    expect(last.parsed.preview.rows).toHaveLength(ROWS);
    expect(last.parsed.preview.errors).toEqual([]);
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.length).toBe(4);
    // The result crosses to the page by structured clone: it must survive one unchanged.
    expect(structuredClone(last.parsed)).toEqual(last.parsed);
  });

  it('posts why it failed when the file cannot be read, and nothing else', async () => {
    const file = new Blob(['x']);
    file.text = () => Promise.reject(new DOMException('the file was moved', 'NotReadableError'));
    expect(await posted({ fileName: 'gone.csv', file })).toEqual([
      { type: 'failed', message: 'NotReadableError: the file was moved' },
    ]);
  });

  it('lists a bad row by line in the result instead of failing', async () => {
    const lines = csv.split('\r\n');
    lines[3] = lines[3]!.replace(/,(Prospect|Contacted|Testing|Core|Dropped),/, ',hired,');
    const messages = await posted({ fileName: 'bad.csv', text: lines.join('\r\n') });
    const last = messages.at(-1)!;
    if (last.type !== 'done' || last.parsed.kind !== 'csv') throw new Error('no CSV result');
    expect(last.parsed.preview.errors.map((e) => e.line)).toEqual([4]);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../src/ui/shortlist/export-csv';
import { exportFileName, inOrderOf } from '../../../src/ui/shortlist/export-scope';
import { STATUSES as SHARED } from '../../../src/shared/vetting';
import { STATUSES } from '../../../src/ui/shortlist/labels';
import { shortlistToCsv } from '../../../src/transfer/shortlist-csv';
import { sampleRow } from './sample';

const rows = (n: number) => Array.from({ length: n }, (_, i) => sampleRow(i));

describe('shortlist export', () => {
  it('keeps the table order and skips ids that have no row', () => {
    const [a, b, c] = rows(3);
    const ordered = inOrderOf([a!, b!, c!], [c!.record.id, 'instagram:gone', a!.record.id]);
    expect(ordered.map((r) => r.record.id)).toEqual([c!.record.id, a!.record.id]);
  });

  it('builds in chunks with progress, giving the same bytes as the one-shot writer', async () => {
    const list = rows(1200);
    const progress: number[] = [];
    const blob = await buildCsv(list, (done, total) => {
      expect(total).toBe(1200);
      progress.push(done);
    });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1200);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(shortlistToCsv(list));
  });

  it("lists the pipeline's stages exactly as the data model does", () => {
    expect(STATUSES).toEqual(SHARED);
  });

  it('names files by scope and date', () => {
    const day = new Date('2026-03-04T05:00:00Z');
    expect(exportFileName('all', day)).toBe('shortlist-2026-03-04.csv');
    expect(exportFileName('filtered', day)).toBe('shortlist-filtered-2026-03-04.csv');
  });
});

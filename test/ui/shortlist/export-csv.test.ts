// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildCsv, exportFileName, exportRows } from '../../../src/ui/shortlist/export-csv';
import { shortlistToCsv } from '../../../src/transfer/shortlist-csv';
import { ManualEntries } from '../../../src/shared/vetting';
import { sampleItems } from './sample';

describe('shortlist export', () => {
  it('joins checklists to their creators and leaves the others without one', () => {
    const items = sampleItems(3);
    const checklist = {
      creatorId: items[1]!.record.id,
      manual: ManualEntries.parse({ storyViews: 50 }),
      overrides: {},
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const rows = exportRows(items, new Map([[checklist.creatorId, checklist]]));
    expect(rows.map((r) => r.checklist?.manual.storyViews ?? null)).toEqual([null, 50, null]);
    expect(rows.map((r) => r.record.id)).toEqual(items.map((i) => i.record.id));
  });

  it('builds in chunks with progress, giving the same bytes as the one-shot writer', async () => {
    const rows = exportRows(sampleItems(1200), new Map());
    const progress: number[] = [];
    const blob = await buildCsv(rows, (done, total) => {
      expect(total).toBe(1200);
      progress.push(done);
    });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1200);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(shortlistToCsv(rows));
  });

  it('names files by scope and date', () => {
    const day = new Date('2026-03-04T05:00:00Z');
    expect(exportFileName('all', day)).toBe('shortlist-2026-03-04.csv');
    expect(exportFileName('filtered', day)).toBe('shortlist-filtered-2026-03-04.csv');
  });
});

import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from '../../../src/scoring/thresholds';
import {
  editsOf,
  groupBySignal,
  parseThreshold,
  readEdits,
} from '../../../src/ui/options/threshold-edits';

const [first, second] = THRESHOLDS;

describe('threshold edits', () => {
  it('reads decimal points and commas, refuses words and grouping', () => {
    expect(parseThreshold(' 0.05 ')).toBe(0.05);
    expect(parseThreshold('0,05')).toBe(0.05);
    expect(parseThreshold('-1.5')).toBe(-1.5);
    expect(parseThreshold('1e3')).toBe(1000);
    expect(parseThreshold('1,000.5')).toBeNull();
    expect(parseThreshold('five')).toBeNull();
    expect(parseThreshold('')).toBeNull();
  });

  it('stores only real departures from the defaults; blank means default', () => {
    const edits = { [first!.id]: String(first!.value), [second!.id]: '42', 'no.such.row': '7' };
    expect(readEdits(THRESHOLDS, edits)).toEqual({ ok: true, overrides: { [second!.id]: 42 } });
    expect(readEdits(THRESHOLDS, { [second!.id]: '  ' })).toEqual({ ok: true, overrides: {} });
  });

  it('names every row that is not a number and stores nothing', () => {
    const read = readEdits(THRESHOLDS, { [first!.id]: 'x', [second!.id]: '3' });
    expect(read).toEqual({ ok: false, badIds: [first!.id] });
  });

  it('round-trips stored overrides into the fields', () => {
    const overrides = { [second!.id]: 0.125 };
    expect(readEdits(THRESHOLDS, editsOf(overrides))).toEqual({ ok: true, overrides });
  });

  it('takes shares in percent and stores them as fractions, both ways', () => {
    const share = THRESHOLDS.find((r) => r.unit.startsWith('share') && r.value !== 0.05)!;
    expect(readEdits(THRESHOLDS, { [share.id]: '5' })).toEqual({
      ok: true,
      overrides: { [share.id]: 0.05 },
    });
    // 0.07 × 100 is 7.000000000000001 in floating point: people see 7.
    expect(editsOf({ [share.id]: 0.07 })).toEqual({ [share.id]: '7' });
    expect(readEdits(THRESHOLDS, editsOf({ [share.id]: 0.07 }))).toEqual({
      ok: true,
      overrides: { [share.id]: 0.07 },
    });
  });

  it('groups every row under its signal, none lost', () => {
    const groups = groupBySignal(THRESHOLDS);
    expect(groups.flatMap(([, rows]) => rows)).toHaveLength(THRESHOLDS.length);
    for (const [signal, rows] of groups) expect(rows.every((r) => r.signal === signal)).toBe(true);
  });
});

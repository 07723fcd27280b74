import { describe, expect, it } from 'vitest';
import { ShortlistRow } from '../../src/shared/shortlist-row';
import { makeShortlistRows, withRealScores } from '../../scripts/bench/records';
import { countSamples } from '../../scripts/bench/count-samples';
import { parseCount } from '../../src/sites/counts';

describe('bench creators', () => {
  const rows = makeShortlistRows(300, 5);

  it('are valid shortlist rows, as the bulk save demands', () => {
    for (const row of rows) expect(ShortlistRow.safeParse(row).success).toBe(true);
  });

  it('are distinct creators and the same for the same seed', () => {
    expect(new Set(rows.map((r) => r.record.id)).size).toBe(rows.length);
    expect(makeShortlistRows(300, 5)).toEqual(rows);
    expect(makeShortlistRows(300, 6)).not.toEqual(rows);
  });

  it('carry text the CSV formula guard must defuse', () => {
    expect(rows.some((r) => /^[=+@-]/.test(r.entry.notes))).toBe(true);
  });

  it('take real scores from a scorer, scoring only a pool of them', () => {
    let calls = 0;
    const scored = withRealScores(makeShortlistRows(120, 5), (input) => {
      calls++;
      return { ...input.record.score!, fitSummary: `scored ${input.record.id}` };
    });
    expect(calls).toBe(50);
    expect(scored[0]!.record.score!.fitSummary).toBe(`scored ${scored[0]!.record.id}`);
    expect(scored[50]!.record.score).toBe(scored[0]!.record.score);
  });
});

describe('count samples', () => {
  it('are distinct strings, mostly readable as counts', () => {
    const samples = countSamples(2000, 3);
    expect(new Set(samples.map((s) => `${s.locale}|${s.text}`)).size).toBe(2000);
    const read = samples.filter((s) => parseCount(s.text, s.locale) !== null).length;
    expect(read / samples.length).toBeGreaterThan(0.8);
  });
});

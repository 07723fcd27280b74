import { describe, expect, it } from 'vitest';
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

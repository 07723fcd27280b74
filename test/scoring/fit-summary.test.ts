import { describe, expect, it } from 'vitest';
import { fitSummaryOf } from '../../src/scoring/overall';
import { withSignalLabels } from '../../src/transfer/signal-columns';

describe('the fit summary without a niche fit', () => {
  it('reads as one sentence, the signal named once at the end', () => {
    const summary = fitSummaryOf([
      {
        id: 'niche-fit',
        label: 'Niche fit',
        verdict: 'insufficient',
        value: null,
        unit: 'score',
        sampleSize: 0,
        message: 'Set brand keywords, target languages or countries in the options.',
        thresholds: [],
        evidence: [],
      },
    ]);
    expect(withSignalLabels(summary)).toBe(
      'No niche fit yet: set brand keywords, target languages or countries in the options. [Niche fit]',
    );
    expect(fitSummaryOf([])).toBe(
      'No niche fit yet: set a brand profile in the options. [niche-fit]',
    );
  });
});

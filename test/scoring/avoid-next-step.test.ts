import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../src/scoring';
import { fixtureCreators } from './fixture-creators';

describe('the next step under "Avoid"', () => {
  it('points to the evidence and never says "book"', () => {
    const mara = fixtureCreators(undefined, undefined, true).find(
      (c) => c.record.id === 'instagram:mara.keramik',
    )!;
    const verdict = scoreCreator(mara, mara.settings, new Date(mara.record.lastSeen)).verdict!;
    expect(verdict.level).toBe('avoid');
    expect(verdict.nextStep).toBe(
      'Read the evidence under “Engagement quality (comments)”; reconsider only if the creator\u2019s own insights explain it.',
    );
    expect(verdict.nextStep).not.toMatch(/\bbook\b/i);
  });
});

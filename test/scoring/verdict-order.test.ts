import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../src/scoring/verdict';
import { thresholdsFor } from '../../src/scoring/thresholds';
import type { Signal } from '../../src/shared/score';

const T = thresholdsFor({});
const sig = (id: string, verdict: Signal['verdict'], message: string): Signal => ({
  id,
  label: id,
  verdict,
  value: 0,
  unit: '',
  sampleSize: 40,
  message,
  thresholds: [],
  evidence: [],
});

describe('a check verdict leads with its worst point', () => {
  const warnComments = sig('engagement-quality', 'warn', 'Some comments are generic.');
  const silent = sig('consistency', 'fail', 'The last post was 480 days ago.');
  const cleanRate = sig('engagement-rate', 'pass', 'Engagement is fine.');

  it('a failed point comes before a warning listed earlier', () => {
    const v = verdictOf({
      signals: [warnComments, cleanRate, silent],
      platform: 'instagram',
      tier: 'nano',
      T,
    });
    expect(v.level).toBe('check');
    expect(v.reasons.map((r) => r.text)).toEqual([
      'The last post was 480 days ago.',
      'Some comments are generic.',
      expect.any(String),
    ]);
    expect(v.nextStep).not.toMatch(/comments are read/);
  });

  it('warnings alone keep their order', () => {
    const warnTiming = sig('engagement-timing', 'warn', 'Many comments came fast.');
    const v = verdictOf({
      signals: [warnComments, warnTiming, cleanRate],
      platform: 'instagram',
      tier: 'nano',
      T,
    });
    expect(v.reasons.slice(0, 2).map((r) => r.text)).toEqual([
      'Some comments are generic.',
      'Many comments came fast.',
    ]);
  });
});

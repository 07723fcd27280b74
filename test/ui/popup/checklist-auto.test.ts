import { describe, expect, it } from 'vitest';
import type { CreatorScore, Signal, Verdict } from '../../../src/shared/score';
import { autoCheck, autoChecklist } from '../../../src/ui/popup/checklist-auto';

const sig = (id: string, verdict: Verdict): Signal => ({
  id,
  label: id,
  verdict,
  value: verdict === 'insufficient' ? null : 1,
  unit: 'x',
  sampleSize: 3,
  message: '',
  thresholds: [],
  evidence: [],
});

describe('automatic checklist answers', () => {
  it('fails a check when any of its signals fails, naming only signals with data', () => {
    const signals = [
      sig('engagement-quality', 'pass'),
      sig('repeat-commenters', 'fail'),
      sig('engagement-timing', 'insufficient'),
    ];
    expect(autoCheck('engagementQuality', signals)).toEqual({
      state: 'fail',
      signalIds: ['engagement-quality', 'repeat-commenters'],
    });
  });

  it('passes only when every signal with data passes; warnings and no data leave it to the user', () => {
    expect(autoCheck('storyViews', [sig('story-views', 'pass')]).state).toBe('pass');
    expect(autoCheck('storyViews', [sig('story-views', 'warn')]).state).toBe('unknown');
    expect(autoCheck('storyViews', [sig('story-views', 'insufficient')])).toEqual({
      state: 'unknown',
      signalIds: [],
    });
    expect(autoCheck('partnerships', [sig('story-views', 'fail')]).state).toBe('unknown');
  });

  it('answers all five items, unknown without a score', () => {
    const all = autoChecklist(null);
    expect(Object.keys(all).sort()).toEqual([
      'consistency',
      'countryMix',
      'engagementQuality',
      'partnerships',
      'storyViews',
    ]);
    expect(Object.values(all).every((c) => c.state === 'unknown')).toBe(true);
    const score = { signals: [sig('consistency', 'pass')] } as unknown as CreatorScore;
    expect(autoChecklist(score).consistency.state).toBe('pass');
  });
});

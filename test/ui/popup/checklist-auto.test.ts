import { describe, expect, it } from 'vitest';
import type { CreatorScore, Signal, Verdict } from '../../../src/shared/score';
import { ManualEntries } from '../../../src/shared/vetting';
import { autoChecklist } from '../../../src/ui/popup/checklist-auto';

const manual = ManualEntries.parse({});
const sig = (id: string, verdict: Verdict): Signal => ({
  id,
  label: id,
  verdict,
  value: verdict === 'insufficient' ? null : 1,
  unit: 'x',
  sampleSize: 3,
  message: `${id} says ${verdict}.`,
  thresholds: [],
  evidence: [],
});
const scoreWith = (signals: Signal[]) => ({ signals }) as unknown as CreatorScore;

describe('automatic checklist answers', () => {
  it('answers every one of the five items as unknown before any score exists', () => {
    const all = autoChecklist(null, manual);
    expect(Object.keys(all).sort()).toEqual([
      'consistency',
      'countryMix',
      'engagementQuality',
      'partnerships',
      'storyViews',
    ]);
    expect(Object.values(all).every((c) => c.state === 'unknown' && c.signalIds.length === 0)).toBe(
      true,
    );
  });

  it("takes scoring's answer: a failed signal fails its item and is named with its reason", () => {
    const all = autoChecklist(
      scoreWith([sig('story-views', 'fail'), sig('consistency', 'pass')]),
      manual,
    );
    expect(all.storyViews).toMatchObject({ state: 'fail', signalIds: ['story-views'] });
    expect(all.storyViews.reason).toContain('story-views says fail');
    expect(all.consistency.state).toBe('pass');
    expect(all.countryMix.state).toBe('unknown');
  });
});

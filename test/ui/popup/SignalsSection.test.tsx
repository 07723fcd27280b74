// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CreatorScore, Signal, Verdict } from '../../../src/shared/score';
import { SignalsSection } from '../../../src/ui/popup/SignalsSection';
import { mount } from '../components/render';

const sig = (id: string, verdict: Verdict): Signal => ({
  id,
  label: `label ${id}`,
  verdict,
  value: verdict === 'insufficient' ? null : 0.1,
  unit: 'share',
  sampleSize: 4,
  message: '',
  thresholds: [],
  evidence: [],
});
const score = {
  riskReasons: ['story-views'],
  signals: [
    sig('engagement-rate', 'pass'),
    sig('story-views', 'fail'),
    sig('engagement-timing', 'insufficient'),
    sig('niche-fit', 'warn'),
    sig('partnerships', 'insufficient'),
  ],
} as unknown as CreatorScore;
const ids = (root: Element | null) =>
  [...(root?.querySelectorAll('[data-signal-id]') ?? [])].map((e) =>
    e.getAttribute('data-signal-id'),
  );

describe('SignalsSection', () => {
  it('puts fraud signals and fit signals under their own headings', () => {
    const root = mount(<SignalsSection score={score} />);
    expect(ids(root.querySelector('[data-testid="fraud-signals"]'))).toEqual([
      'engagement-rate',
      'story-views',
      'engagement-timing',
    ]);
    expect(ids(root.querySelector('[data-testid="fit-signals"]'))).toEqual([
      'niche-fit',
      'partnerships',
    ]);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      // A closed fold still says how many were flagged.
      'Fraud signals — 1 flagged of 2 judged',
      'Fit and other signals',
    ]);
  });

  it('folds signals without enough data away, counted, and marks the decisive ones', () => {
    const root = mount(<SignalsSection score={score} />);
    const waiting = root.querySelector('[data-testid="fraud-signals-waiting"]')!;
    expect(ids(waiting)).toEqual(['engagement-timing']);
    expect(waiting.querySelector('summary')?.textContent).toMatch(/^1 more/);
    expect(root.querySelector('#signal-story-views')?.classList.contains('decisive')).toBe(true);
    expect(root.querySelector('#signal-engagement-rate')?.classList.contains('decisive')).toBe(
      false,
    );
  });
});

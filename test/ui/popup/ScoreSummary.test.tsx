// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CreatorScore } from '../../../src/shared/score';
import { ScoreSummary } from '../../../src/ui/popup/ScoreSummary';
import { benchmarkOf } from '../../../src/ui/popup/benchmark';
import { mount } from '../components/render';

const bench = {
  id: 'er.instagram.micro',
  value: 0.0386,
  unit: 'fraction',
  comparison: 'benchmark',
  source: '001 — denominator: followers',
};
const score: CreatorScore = {
  computedAt: '2025-01-01T00:00:00Z',
  tier: 'micro',
  engagementRate: 0.0123,
  nicheFit: 64,
  risk: 'high',
  riskReasons: ['engagement-rate', 'story-views'],
  fitSummary: 'Bakery content, German audience.',
  signals: [
    {
      id: 'engagement-rate',
      label: 'Engagement rate vs tier benchmark',
      verdict: 'warn',
      value: 0.0123,
      unit: 'fraction',
      sampleSize: 12,
      message: '',
      thresholds: [bench],
      evidence: [],
    },
    {
      id: 'story-views',
      label: 'Story views',
      verdict: 'fail',
      value: 0.02,
      unit: 'views / follower',
      sampleSize: 1,
      message: '',
      thresholds: [],
      evidence: [],
    },
    {
      id: 'niche-fit',
      label: 'Niche fit',
      verdict: 'pass',
      value: 64,
      unit: 'score 0–100',
      sampleSize: 9,
      message: '',
      thresholds: [],
      evidence: [{ kind: 'keyword', label: 'sourdough (4 posts)' }],
    },
  ],
};

describe('ScoreSummary', () => {
  it('compares engagement with the benchmark and shows where the benchmark comes from', () => {
    const root = mount(
      <ScoreSummary
        score={score}

        benchmark={benchmarkOf(score, 'instagram')}
      />,
    );
    const engagement = root.querySelector('[data-testid="engagement"]')!.textContent!;
    // One percentage format: one decimal (two below 1%).
    expect(engagement).toContain('1.2%');
    expect(engagement).toContain('against a benchmark of 3.9% for Micro');
    expect(root.querySelector('[data-testid="benchmark-source"]')?.textContent).toContain(
      'denominator: followers',
    );
  });

  it('traces the risk level to the signals that decided it', () => {
    const root = mount(<ScoreSummary score={score} benchmark={null} />);
    const links = [...root.querySelectorAll('[data-testid="risk-level"] a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#signal-engagement-rate',
      '#signal-story-views',
    ]);
    expect(links.map((a) => a.textContent)).toEqual([
      'Engagement rate vs tier benchmark',
      'Story views',
    ]);
    expect(root.querySelector('[data-testid="risk-level"]')?.textContent).toContain('High risk');
  });

  it('shows niche fit with what matched, or says a brand profile is needed', () => {
    const root = mount(<ScoreSummary score={score} benchmark={null} />);
    expect(root.querySelector('[data-testid="niche-fit"]')?.textContent).toMatch(
      /64 \/ 100.*sourdough \(4 posts\)/,
    );
    const none = mount(
      <ScoreSummary
        score={{ ...score, nicheFit: null, signals: [] }}

        benchmark={null}
      />,
    );
    expect(none.querySelector('[data-testid="niche-fit"]')?.textContent).toContain('brand profile');
  });
});

describe('benchmarkOf', () => {
  it('falls back to the threshold table row for the platform and tier, with overrides applied', () => {
    const bare = { ...score, signals: [] };
    expect(benchmarkOf({ ...bare, tier: 'nano' }, 'tiktok')?.id).toBe('er.tiktok.nano');
    expect(benchmarkOf(bare, 'instagram', { 'er.instagram.micro': 0.05 })?.value).toBe(0.05);
    expect(benchmarkOf({ ...bare, tier: 'below-nano' }, 'instagram')?.id).toBe('er.instagram.nano');
    expect(benchmarkOf({ ...bare, tier: 'unknown' }, 'instagram')).toBeNull();
  });
});

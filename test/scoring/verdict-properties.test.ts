import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '../../src/scoring/checklist';
import { riskOf } from '../../src/scoring/overall';
import { SIGNAL } from '../../src/scoring/signal-ids';
import { THRESHOLDS, thresholdsFor } from '../../src/scoring/thresholds';
import { verdictOf, type Overrides } from '../../src/scoring/verdict';
import type { CreatorScore, Signal } from '../../src/shared/score';
import { ChecklistItemId } from '../../src/shared/vetting';
import { SITE_IDS } from '../../src/sites/table';

/**
 * The three consistency rules of issue 10, over generated scores: every signal scoring emits,
 * each with any verdict and sample, any platform, any checklist overrides.
 */
const T = thresholdsFor({});
const IDS = Object.values(SIGNAL).filter((id) => id !== SIGNAL.risk);

/** Written out here (not imported) so the test does not repeat the code it checks. */
const AVOID_MIN: Record<string, string> = {
  'engagement-rate': 'verdict.avoid.minPosts',
  'comments-per-100-likes': 'verdict.avoid.minPosts',
  'engagement-by-views': 'verdict.avoid.minPosts',
  'view-outliers': 'verdict.avoid.minPosts',
  'engagement-quality': 'verdict.avoid.minComments',
  'repeat-commenters': 'verdict.avoid.minComments',
  'engagement-timing': 'verdict.avoid.minComments',
  'audience-language': 'verdict.avoid.minComments',
  'audience-sample': 'verdict.avoid.minFollowers',
  'growth-spikes': 'verdict.avoid.minReadings',
  'story-views': 'verdict.avoid.minFigures',
  'saves-to-likes': 'verdict.avoid.minFigures',
  'audience-country': 'verdict.avoid.minFigures',
  'following-ratio': 'verdict.avoid.minFigures',
};
const minOf = (id: string) => THRESHOLDS.find((r) => r.id === AVOID_MIN[id])?.value;

const signalArb = (id: string): fc.Arbitrary<Signal> =>
  fc
    .record({
      // Mostly clean or open, as on real pages, so every verdict level is generated.
      verdict: fc.oneof(
        { arbitrary: fc.constant('pass' as const), weight: 12 },
        { arbitrary: fc.constant('insufficient' as const), weight: 6 },
        { arbitrary: fc.constant('warn' as const), weight: 1 },
        { arbitrary: fc.constant('fail' as const), weight: 1 },
      ),
      sampleSize: fc.nat(80),
    })
    .map(({ verdict, sampleSize }) => ({
      id,
      label: id,
      verdict,
      value: verdict === 'insufficient' ? null : 0.5,
      unit: '',
      sampleSize,
      message: `${id} is ${verdict}.`,
      thresholds: [],
      evidence: [],
    }));

const overridesArb: fc.Arbitrary<Overrides> = fc.dictionary(
  fc.constantFrom(...ChecklistItemId.options),
  fc.record({ state: fc.constantFrom('pass', 'fail', 'unknown', null) }),
  { maxKeys: 5 },
);

const caseArb = fc.record({
  signals: fc.tuple(...IDS.map(signalArb)).chain((all) => fc.subarray(all, { minLength: 0 })),
  platform: fc.constantFrom(...SITE_IDS),
  overrides: overridesArb,
});

type Case = typeof caseArb extends fc.Arbitrary<infer C> ? C : never;
function scoreOf(c: Case): CreatorScore {
  const { risk, reasons } = riskOf(c.signals, T);
  const verdict = verdictOf({ ...c, tier: 'micro', T });
  return {
    computedAt: '2026-01-01T00:00:00.000Z',
    tier: 'micro',
    engagementRate: null,
    nicheFit: null,
    risk,
    riskReasons: reasons,
    fitSummary: '',
    signals: c.signals,
    verdict,
    platform: c.platform,
  };
}

const RUNS = { numRuns: 300 };

describe('verdict, risk and checklist agree', { timeout: 300_000 }, () => {
  it('generates every verdict level (so the rules below are exercised)', () => {
    const levels = fc
      .sample(caseArb, { numRuns: 300, seed: 10 })
      .map((c) => scoreOf(c).verdict!.level);
    for (const level of ['book', 'check', 'avoid', 'unknown'])
      expect(levels.filter((l) => l === level).length, level).toBeGreaterThan(5);
  });

  it('a book never has a failed checklist item the marketer did not override', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const score = scoreOf(c);
        if (score.verdict!.level !== 'book') return;
        for (const [item, result] of Object.entries(evaluateChecklist(score))) {
          if (result.state === 'fail')
            expect(c.overrides[item as ChecklistItemId]?.state ?? null, item).not.toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('an avoid always names a red-flag signal whose sample is large enough', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const score = scoreOf(c);
        if (score.verdict!.level !== 'avoid') return;
        const named = score.verdict!.reasons.filter((r) => r.tone === 'bad');
        const backed = named.some((r) => {
          const s = c.signals.find((x) => x.id === r.signalId);
          const min = minOf(r.signalId);
          return s?.verdict === 'fail' && min !== undefined && s.sampleSize >= min;
        });
        expect(backed).toBe(true);
      }),
      RUNS,
    );
  });

  it('no "decided by" list names only passing signals', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const score = scoreOf(c);
        const verdictOfId = (id: string) => c.signals.find((s) => s.id === id)?.verdict;
        const onlyPassing = (ids: string[]) =>
          ids.length > 0 && ids.every((id) => verdictOfId(id) === 'pass');
        if (score.risk !== 'low') expect(onlyPassing(score.riskReasons)).toBe(false);
        for (const result of Object.values(evaluateChecklist(score)))
          if (result.state !== 'pass') expect(onlyPassing(result.signalIds)).toBe(false);
        const v = score.verdict!;
        if (v.level !== 'book') expect(v.reasons.some((r) => r.tone !== 'good')).toBe(true);
      }),
      RUNS,
    );
  });

  it('every verdict has 1–3 reasons and a next step', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const v = scoreOf(c).verdict!;
        expect(v.reasons.length).toBeGreaterThanOrEqual(1);
        expect(v.reasons.length).toBeLessThanOrEqual(3);
        expect(v.nextStep.length).toBeGreaterThan(10);
      }),
      RUNS,
    );
  });

  it('a high risk always comes with an avoid, and an avoid with a high risk unless overridden', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const score = scoreOf(c);
        if (score.risk === 'high' && Object.keys(c.overrides).length === 0)
          expect(score.verdict!.level).toBe('avoid');
        if (score.verdict!.level === 'avoid') expect(score.risk).toBe('high');
      }),
      RUNS,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { insufficient, signal } from '../../src/scoring/evidence';
import { scoreCreator } from '../../src/scoring';
import { makeBenchProfile, BENCH_NOW, BENCH_SETTINGS } from '../../src/scoring/bench-fixture';
import { CreatorScore } from '../../src/shared/score';
import { DEFAULT_THRESHOLDS } from '../../src/scoring/thresholds';

const figures = { id: 'x', label: 'X', unit: 'share', value: 0.5, sampleSize: 3 };
const passed = { verdict: 'pass' as const, thresholds: [] };

describe('a signal explains itself only when read', () => {
  it('calls explain once, on the first read of its message or evidence', () => {
    let calls = 0;
    const s = signal(figures, passed, () => {
      calls++;
      return { message: 'Half of them.', evidence: [{ kind: 'number', label: '3 of 6' }] };
    });
    expect(calls).toBe(0);
    expect(s.verdict).toBe('pass');
    expect(s.evidence).toEqual([{ kind: 'number', label: '3 of 6' }]);
    expect(s.message).toBe('Half of them.');
    expect(calls).toBe(1);
  });

  it('carries its words through JSON, structured clone and the zod contract', () => {
    const s = signal(figures, passed, () => ({ message: 'Half of them.' }));
    const plain = {
      ...figures,
      verdict: 'pass',
      message: 'Half of them.',
      thresholds: [],
      evidence: [],
    };
    expect(JSON.parse(JSON.stringify(s))).toEqual(plain);
    expect(structuredClone(s)).toEqual(plain);
  });

  it('an explanation that throws says so instead of throwing', () => {
    const s = insufficient(
      figures,
      () => {
        throw new Error('odd data');
      },
      DEFAULT_THRESHOLDS,
    );
    expect(s.verdict).toBe('insufficient');
    expect(s.message).toMatch(/could not be explained.*odd data/i);
    expect(s.evidence).toEqual([]);
  });

  it('a whole score, cloned as IndexedDB stores it, matches the contract with every word', () => {
    const score = scoreCreator(makeBenchProfile(7, 50), BENCH_SETTINGS, BENCH_NOW);
    const stored = CreatorScore.parse(structuredClone(score));
    expect(stored.fitSummary).toBe(score.fitSummary);
    expect(stored.fitSummary.length).toBeGreaterThan(0);
    for (const [i, s] of stored.signals.entries()) {
      expect(s.message.length).toBeGreaterThan(0);
      expect(s.message).toBe(score.signals[i]!.message);
    }
    expect(stored.verdict!.reasons.every((r) => r.text.length > 0)).toBe(true);
  });
});

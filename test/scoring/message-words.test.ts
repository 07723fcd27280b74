import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../src/scoring';
import { BENCH_NOW, BENCH_SETTINGS, makeBenchProfile } from '../../src/scoring/bench-fixture';
import { counted, versus } from '../../src/scoring/num';
import { fixtureCreators } from './fixture-creators';

/** What a marketer reads of a score: every signal's message and evidence, and the reasons. */
function wordsOf(score: ReturnType<typeof scoreCreator>): string[] {
  return [
    ...score.signals.flatMap((s) => [s.message, ...s.evidence.map((e) => JSON.stringify(e))]),
    ...(score.verdict?.reasons.map((r) => r.text) ?? []),
  ];
}

/** "post(s)" and bare multiples such as "0.70×" are how code talks, not people. */
const CODE_TALK = /\w\(s\)|\d×/;

describe('signal messages are in words for people', { timeout: 300_000 }, () => {
  it('no count says "(s)" and no ratio is a bare "0.70×", on any sample or generated creator', () => {
    const scores = [
      ...fixtureCreators().map((c) => scoreCreator(c, c.settings, new Date(c.record.lastSeen))),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
        scoreCreator(makeBenchProfile(seed, 50), BENCH_SETTINGS, BENCH_NOW),
      ),
      // A creator with almost nothing read: the "need N more" messages.
      scoreCreator(makeBenchProfile(9, 1), BENCH_SETTINGS, BENCH_NOW),
    ];
    const said = scores.flatMap(wordsOf);
    expect(said.length).toBeGreaterThan(100);
    expect(said.filter((text) => CODE_TALK.test(text))).toEqual([]);
  });

  it('counts take the noun in the right number', () => {
    expect(counted(1, 'post')).toBe('1 post');
    expect(counted(0, 'post')).toBe('0 posts');
    expect(counted(12300, 'comment')).toBe('12,300 comments');
    expect(counted(2, 'reply', 'replies')).toBe('2 replies');
  });

  it('ratios read as times, percent above or below, or about the same', () => {
    expect(versus(2.44, 'the benchmark')).toBe('2.4 times the benchmark');
    expect(versus(1.35, 'the benchmark')).toBe('35% above the benchmark');
    expect(versus(1.02, 'the benchmark')).toBe('about the same as the benchmark');
    expect(versus(0.43, 'the benchmark')).toBe('57% below the benchmark');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (x) => {
        const text = versus(x, 'it');
        expect(text).toMatch(/^(\d[\d,.]* times|\d+% (above|below)|about the same as) it$/);
        // Below the reference never reads as above it, and the other way round.
        if (x < 0.9) expect(text).toMatch(/below/);
        if (x >= 1.1) expect(text).not.toMatch(/below/);
      }),
      { numRuns: 200 },
    );
  });
});

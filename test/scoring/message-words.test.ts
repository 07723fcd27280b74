import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../src/scoring';
import { pct } from '../../src/scoring/num';
import { comment, manual, NOW, post, record, settings, signalOf } from './helpers';

describe('percentages read the way the popup shows them', () => {
  it('one decimal, two below 1%, unless a caller asks for whole numbers', () => {
    expect([pct(0.0373), pct(0.0219), pct(0.0042), pct(0.5), pct(0.17, 0)]).toEqual([
      '3.7%',
      '2.2%',
      '0.42%',
      '50.0%',
      '17%',
    ]);
  });

  it('engagement words carry no doubled parentheses and no 2-decimal figures', () => {
    const posts = Array.from({ length: 8 }, (_, i) => post({ likesN: 150 + i * 10 }));
    const input = { record: record({ followersN: 5_000, posts }), readings: [], manual: manual() };
    const score = scoreCreator(input, settings(), NOW);
    const words = [
      ...score.signals.map((s) => s.message),
      ...(score.verdict?.reasons.map((r) => r.text) ?? []),
    ].join('\n');
    expect(words).toMatch(/engagement/i);
    expect(words).not.toMatch(/\(\(/);
    expect(words).not.toMatch(/\d+\.\d\d%/);
  });
});

describe('comment languages', () => {
  it('gives the share of the comments it stands for, and says how many were told one by one', () => {
    // 12 German sentences told by their function words, 14 English ones, and 20 look-alikes
    // (no function words) that franc samples: the share may not be "x% of 26" if it covers 46.
    const de = Array.from({ length: 12 }, (_, i) =>
      comment(`Das ist wirklich ein schönes Bild und ich finde es toll ${i}`),
    );
    const en = Array.from({ length: 14 }, (_, i) =>
      comment(`This is really the best recipe and I love it so much ${i}`),
    );
    const odd = Array.from({ length: 20 }, (_, i) =>
      comment(`Wunderschöne Farbgestaltung, großartige Komposition Nummer ${i}`),
    );
    const posts = [post({ commentSample: [...de, ...en, ...odd], caption: 'Das ist mein Kuchen' })];
    const s = signalOf('audience-language', {
      record: record({ posts }),
      manual: manual({ creatorLanguage: 'de' }),
    });
    const [, shown, covered] =
      /^(\d+)% of (\d+) comments long enough to tell/.exec(s.message) ?? [];
    expect(Number(covered)).toBeGreaterThanOrEqual(s.sampleSize);
    const told = /told one by one for (\d+), the other (\d+) estimated/.exec(s.message);
    if (Number(covered) > s.sampleSize) {
      expect(Number(told?.[1])).toBe(s.sampleSize);
      expect(Number(told?.[1]) + Number(told?.[2])).toBe(Number(covered));
    } else expect(told).toBeNull();
    expect(Math.abs(Number(shown) / 100 - (s.value ?? -1))).toBeLessThan(0.006);
  });
});

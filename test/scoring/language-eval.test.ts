import { describe, expect, it } from 'vitest';
import { evalLanguages, leipzig } from '../../scripts/eval/languages';

/**
 * Comment languages decide the "comments in the creator's language" signal. Held-out Leipzig
 * rows (data/leipzig-languages.tsv, kept in the repo) must keep the precision the rules were
 * chosen for on the fit rows: a wrong language counts against a creator.
 */
describe('comment language on held-out Leipzig texts', { timeout: 300_000 }, () => {
  const rows = evalLanguages();
  const row = (split: string, kind: string) =>
    rows.find((r) => r.split === split && r.kind === kind)!;

  it('fit and test rows never share a text', () => {
    const all = leipzig();
    const fit = new Set(all.filter((r) => r.split === 'fit').map((r) => r.text));
    expect(all.filter((r) => r.split === 'test' && fit.has(r.text))).toEqual([]);
    expect(new Set(all.map((r) => r.lang)).size).toBeGreaterThanOrEqual(28);
  });

  it('tells most sentences, and is right for at least 95% of those it tells', () => {
    const s = row('test', 'sentence');
    expect(s.told).toBeGreaterThan(0.8);
    expect(s.right).toBeGreaterThanOrEqual(0.95);
    expect(s.wordsRight).toBeGreaterThanOrEqual(0.95);
  });

  it('rather leaves two-word phrases untold than guesses them', () => {
    const p = row('test', 'pair');
    expect(p.told).toBeLessThan(0.2);
    expect(p.right).toBeGreaterThanOrEqual(0.8);
  });
});

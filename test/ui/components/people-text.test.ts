import { describe, expect, it } from 'vitest';
import { PRICE_ROWS } from '../../../src/roi/prices';
import { THRESHOLDS } from '../../../src/scoring/thresholds';
import { peopleText } from '../../../src/ui/components/people-text';
import { sourceInFull, sourceTitle } from '../../../src/ui/components/source-titles';
import { tokenProblems } from '../../e2e/harness/words';

describe('peopleText', () => {
  it('names languages and countries, formats dates and keeps one level of parentheses', () => {
    expect(peopleText('17% of comments are in eng.')).toBe('17% of comments are in English.');
    expect(peopleText('Creator language: deu (from captions and bio)')).toBe(
      'Creator language: German (from captions and bio)',
    );
    expect(peopleText('Comment languages: eng 17%, spa 40%')).toBe(
      'Comment languages: English 17%, Spanish 40%',
    );
    expect(peopleText('40% of the audience is in US, GB (000: local wins).')).toBe(
      '40% of the audience is in United States and United Kingdom (Nano vs micro sales guide: local wins).',
    );
    expect(peopleText('Median 3.73% ((likes + comments) ÷ 8,412 followers) is high')).toBe(
      'Median 3.73% (likes and comments ÷ 8,412 followers) is high',
    );
    expect(peopleText('8,412 followers (read from the page ("8,412")).')).toBe(
      '8,412 followers (read from the page “8,412”).',
    );
    expect(peopleText('Latest post 2026-11-26')).not.toMatch(/2026-11-26/);
    expect(peopleText('see engagement-rate', { 'engagement-rate': 'Engagement rate' })).toBe(
      'see Engagement rate',
    );
  });
});

describe('source titles', () => {
  it('gives every threshold source a short title and a full text free of internal tokens', () => {
    for (const row of THRESHOLDS) {
      const title = sourceTitle(row.source);
      expect(title.length, row.id).toBeLessThanOrEqual(60);
      expect(tokenProblems(`${title} ${sourceInFull(row.source)}`), row.id).toEqual([]);
      expect(sourceInFull(row.source), row.id).not.toMatch(/SpendVet rule|vetting-reference/);
    }
    expect(sourceTitle('seed 000 — Fraud Signal table: story views')).toBe(
      'Nano vs micro sales guide — fraud signal table',
    );
  });

  it('names the article behind every price row, never its file', () => {
    for (const row of PRICE_ROWS) {
      const title = sourceTitle(row.source);
      expect(title, row.source).toMatch(/guide$/);
      expect(tokenProblems(title), row.source).toEqual([]);
    }
  });
});

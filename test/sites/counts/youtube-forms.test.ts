import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../src/sites/counts';
import { CLASSES } from './youtube-cases';

describe("YouTube's own compact forms, per class", () => {
  for (const [name, cases] of Object.entries(CLASSES)) {
    it(name, () => {
      for (const [text, locale, value] of cases) {
        const parsed = parseCount(text, locale);
        expect(parsed?.value, `${text} (${locale})`).toBe(value);
        expect(parsed!.low).toBeLessThanOrEqual(value);
        expect(parsed!.high).toBeGreaterThanOrEqual(value);
      }
    });
  }

  it('keeps CLDR meanings where the site agrees with them', () => {
    expect(parseCount('2,4 M', 'ca')?.value).toBe(2_400_000);
    expect(parseCount('25m subscribers', 'en-GB')?.value).toBe(25_000_000);
    expect(parseCount('1,2 B', 'tr')?.value).toBe(1200);
  });
});

describe('signed and exponent counts are not visible', () => {
  it.each(['−5 followers', '-5', '+12K', '– 3', '1e308', '2E+5 likes', '1e3'])('%s → null', (t) => {
    expect(parseCount(t, 'en')).toBeNull();
  });

  it('still reads counts next to words with hyphens or a plus after them', () => {
    expect(parseCount('10K+ likes', 'en')?.value).toBe(10_000);
    expect(parseCount('re-watch 12 times', 'en')?.value).toBe(12);
  });
});

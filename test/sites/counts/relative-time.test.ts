import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRelativeTime } from '../../../src/sites/counts';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

/** Labels as the sites print them, in many languages, and how far back each points. */
const cases: Array<[string, string | undefined, number]> = [
  ['5 min', 'en', 5 * MIN],
  ['5m', 'en', 5 * MIN],
  ['35m ago', 'en', 35 * MIN],
  ['1 h', 'en', H],
  ['2 d', 'en', 2 * D],
  ['2d ago', 'en', 2 * D],
  ['3w', 'en', 21 * D],
  ['3 weeks ago', 'en', 21 * D],
  ['3 weeks ago (edited)', 'en', 21 * D],
  ['Streamed 2 days ago', 'en', 2 * D],
  ['1 month ago', 'en', 30.44 * D],
  ['2 years ago', 'en', 2 * 365.25 * D],
  ['yesterday', 'en', D],
  ['2 Std.', 'de', 2 * H],
  ['vor 2 Wochen', 'de', 14 * D],
  ['vor 1 Jahr', 'de', 365.25 * D],
  ['gestern', 'de', D],
  ['hace 3 días', 'es', 3 * D],
  ['hace 1 sem.', 'es', 7 * D],
  ['hace 35 min', 'es', 35 * MIN],
  ['il y a 3 j', 'fr', 3 * D],
  ['há 2 horas', 'pt-BR', 2 * H],
  ['3 дня назад', 'ru', 3 * D],
  ['5 минут назад', 'ru', 5 * MIN],
  ['3 gün önce', 'tr', 3 * D],
  ['3日前', 'ja', 3 * D],
  ['3시간 전', 'ko', 3 * H],
  ['3天前', 'zh', 3 * D],
  ['3 दिन पहले', 'hi', 3 * D],
  ['৩ দিন আগে', 'bn', 3 * D],
  ['قبل 3 أيام', 'ar', 3 * D],
  ['3 hari yang lalu', 'id', 3 * D],
  ['3 ngày trước', 'vi', 3 * D],
];

describe('parseRelativeTime', () => {
  for (const [text, locale, back] of cases) {
    it(`${text} (${locale}) is ${back / MIN} min before now`, () => {
      const parsed = parseRelativeTime(text, NOW, locale);
      expect(parsed?.at.getTime()).toBe(NOW.getTime() - back);
      expect(parsed!.low.getTime()).toBeLessThanOrEqual(parsed!.at.getTime());
      expect(parsed!.high.getTime()).toBe(parsed!.at.getTime());
    });
  }

  it('gives the range a rounded-down label allows: "2d" is 48 to 72 hours ago', () => {
    const parsed = parseRelativeTime('2d', NOW, 'en')!;
    expect(NOW.getTime() - parsed.low.getTime()).toBe(3 * D);
    expect(NOW.getTime() - parsed.high.getTime()).toBe(2 * D);
  });

  it('round-trips Intl.RelativeTimeFormat in every style for many locales', () => {
    const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
      ['minute', MIN],
      ['hour', H],
      ['day', D],
      ['week', 7 * D],
    ];
    const failures: string[] = [];
    for (const locale of [
      'en',
      'de',
      'es',
      'fr',
      'it',
      'pt',
      'ru',
      'pl',
      'tr',
      'nl',
      'sv',
      'ja',
      'ko',
      'zh',
      'hi',
      'id',
      'vi',
      'th',
      'uk',
      'cs',
    ]) {
      for (const style of ['long', 'short', 'narrow'] as const) {
        const rtf = new Intl.RelativeTimeFormat(locale, { style });
        for (const [unit, ms] of units) {
          for (const n of [1, 2, 5, 11, 22]) {
            const text = rtf.format(-n, unit);
            const at = parseRelativeTime(text, NOW, locale)?.at.getTime();
            if (at !== NOW.getTime() - n * ms) failures.push(`${locale} ${style} ${text}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('returns null for text that is no time, and never throws on any input', () => {
    expect(parseRelativeTime('5 likes', NOW, 'en')).toBeNull();
    expect(parseRelativeTime('hello', NOW, 'en')).toBeNull();
    expect(parseRelativeTime('3 days ago', new Date(Number.NaN), 'en')).toBeNull();
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom('en', 'de', 'ja', 'xx', ''),
        (text, locale) => {
          const parsed = parseRelativeTime(text, NOW, locale);
          if (parsed) {
            expect(Number.isFinite(parsed.at.getTime())).toBe(true);
            expect(parsed.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 300_000);
});

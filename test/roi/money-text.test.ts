import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  currencyDigits,
  formatMoney,
  formatPerUnit,
  money,
  parseMoney,
  toDecimalString,
  toMajor,
} from '../../src/roi/money';
import { parseNumber } from '../../src/roi/number-text';

const usd = (minor: number) => money(minor, 'USD');
const eur = (minor: number) => money(minor, 'EUR');
const spaces = (s: string) => s.replace(/[\s\u00a0\u202f]/g, ' ');

describe('parsing typed amounts by locale', () => {
  const parsed = (text: string, currency: string, locale: string) => {
    const r = parseMoney(text, currency, locale);
    return r.ok ? r.value.minor : r.error.code;
  };

  it('reads each locale’s separators', () => {
    expect(parsed('1,234.56', 'USD', 'en-US')).toBe(123456);
    expect(parsed('1.234,56', 'EUR', 'de-DE')).toBe(123456);
    expect(parsed('1 234,56 €', 'EUR', 'fr-FR')).toBe(123456);
    expect(parsed("1'234.50", 'CHF', 'de-CH')).toBe(123450);
    expect(parsed('1,23,456.00', 'INR', 'en-IN')).toBe(12345600);
    expect(parsed('$1,234.5', 'USD', 'en-US')).toBe(123450);
    expect(parsed('US$12', 'USD', 'en-CA')).toBe(1200);
    expect(parsed('¥1,000', 'JPY', 'ja-JP')).toBe(1000);
    expect(parsed('-3.20', 'USD', 'en-US')).toBe(-320);
    expect(parsed('.5', 'USD', 'en-US')).toBe(50);
    expect(parsed('1234', 'USD', 'en-US')).toBe(123400);
  });

  it('refuses what it would have to guess at', () => {
    expect(parsed('1234.56', 'EUR', 'de-DE')).toBe('ambiguousGroup');
    expect(parsed('1.234,56', 'USD', 'en-US')).toBe('groupAfterDecimal');
    expect(parsed('1.2.3', 'USD', 'en-US')).toBe('twoDecimals');
    expect(parsed('12abc', 'USD', 'en-US')).toBe('badChar');
    expect(parsed('1.5', 'JPY', 'ja-JP')).toBe('notWhole');
    expect(parsed('0.001', 'USD', 'en-US')).toBe('tooManyDecimals');
    expect(parsed('   ', 'USD', 'en-US')).toBe('empty');
    expect(parsed('$', 'USD', 'en-US')).toBe('empty');
    expect(parsed('99,999,999,999,999,999', 'USD', 'en-US')).toBe('tooLarge');
  });

  it('reads back whatever it formats, in many locales', () => {
    const locales: [string, string][] = [
      ['en-US', 'USD'],
      ['de-DE', 'EUR'],
      ['fr-FR', 'EUR'],
      ['de-CH', 'CHF'],
      ['en-IN', 'INR'],
      ['ja-JP', 'JPY'],
      ['ar-BH', 'BHD'],
      ['pt-BR', 'BRL'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.integer({ min: -1e13, max: 1e13 }),
        ([l, c], minor) => {
          const back = parseMoney(formatMoney(money(minor, c), l), c, l);
          expect(back).toEqual({ ok: true, value: money(minor, c) });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('parses plain numbers with the same rules', () => {
    expect(parseNumber('1,234.5', 'en-US', 1)).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('2,5', 'de-DE', 2)).toEqual({ ok: true, value: 2.5 });
    const whole = parseNumber('2.5', 'en-US', 0);
    expect(whole.ok ? whole.value : whole.error.code).toBe('notWhole');
  });
});

describe('formatting', () => {
  it('knows each currency’s minor units', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('BHD')).toBe(3);
  });

  it('writes exact decimals and Intl text', () => {
    expect(toDecimalString(usd(123456))).toBe('1234.56');
    expect(toDecimalString(usd(-5))).toBe('-0.05');
    expect(toDecimalString(money(42, 'JPY'))).toBe('42');
    expect(toMajor(usd(123456))).toBe(1234.56);
    expect(formatMoney(usd(123456), 'en-US')).toBe('$1,234.56');
    expect(spaces(formatMoney(eur(123456), 'de-DE'))).toBe('1.234,56 €');
    // In the currency's own digits, like every amount; too small to show reads "< $0.01".
    expect(formatPerUnit(19.857142, 'USD', 'en-US')).toBe('$19.86');
    expect(formatPerUnit(0.0533333, 'USD', 'en-US')).toBe('$0.05');
    expect(formatPerUnit(2, 'USD', 'en-US')).toBe('$2.00');
    expect(formatPerUnit(12.6, 'JPY', 'en-US')).toBe('¥13');
    expect(formatPerUnit(0.004, 'USD', 'en-US')).toBe('< $0.01');
    expect(formatPerUnit(0, 'USD', 'en-US')).toBe('$0.00');
    expect(formatPerUnit(19.857142, 'EUR', 'de-DE')).toBe('19,86\u00a0€');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  add,
  allocate,
  currencyDigits,
  divideRounded,
  exactDecimal,
  formatMoney,
  formatPerUnit,
  money,
  multiplyByPercent,
  multiplyByRate,
  parseMoney,
  subtract,
  sum,
  toDecimalString,
  toMajor,
} from '../../src/roi/money';
import { parseNumber } from '../../src/roi/number-text';

const usd = (minor: number) => money(minor, 'USD');
const eur = (minor: number) => money(minor, 'EUR');
const spaces = (s: string) => s.replace(/[\s\u00a0\u202f]/g, ' ');

describe('adding money', () => {
  it('adds minor units of one currency exactly', () => {
    expect(sum([usd(10), usd(20), usd(1)], 'USD')).toEqual({ ok: true, value: usd(31) });
    expect(add(usd(1999), usd(1))).toEqual({ ok: true, value: usd(2000) });
    expect(subtract(usd(500), usd(750))).toEqual({ ok: true, value: usd(-250) });
  });

  it('refuses mixed currencies with a message naming both, instead of summing', () => {
    const refused = sum([usd(100), eur(100)], 'USD');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.kind).toBe('mixed-currency');
    expect(refused.error.subs).toEqual(['EUR, USD']);
    expect(refused.error.message).toContain('EUR, USD');
    expect(add(usd(1), eur(1)).ok).toBe(false);
    expect(subtract(eur(1), usd(1)).ok).toBe(false);
  });

  it('refuses when the expected currency differs from every item', () => {
    expect(sum([eur(5)], 'USD').ok).toBe(false);
    expect(sum([], 'USD')).toEqual({ ok: true, value: usd(0) });
  });
});

describe('multiplying by a rate', () => {
  it('rounds exact halves to even by default, away from zero with half-up', () => {
    expect(multiplyByRate(usd(25), 0.5).minor).toBe(12);
    expect(multiplyByRate(usd(35), 0.5).minor).toBe(18);
    expect(multiplyByRate(usd(25), 0.5, 'half-up').minor).toBe(13);
    expect(multiplyByRate(usd(-25), 0.5).minor).toBe(-12);
    expect(multiplyByRate(usd(-25), 0.5, 'half-up').minor).toBe(-13);
    expect(multiplyByRate(usd(26), 0.49).minor).toBe(13);
  });

  it('uses the rate as written, not its binary approximation', () => {
    // 1.005 × 100 is 100.49999… in floating point; as written it is exactly 100.5.
    expect(multiplyByRate(usd(100), 1.005, 'half-up').minor).toBe(101);
    expect(multiplyByRate(usd(100), 1.005, 'half-even').minor).toBe(100);
  });

  it('takes a percentage: 15 % of $19.99 is $3.00 (299.85 cents rounded)', () => {
    expect(multiplyByPercent(usd(1999), 15)).toEqual(usd(300));
    expect(multiplyByPercent(usd(125), 10).minor).toBe(12);
    expect(multiplyByPercent(usd(135), 10).minor).toBe(14);
  });

  it('divides with the chosen rounding', () => {
    expect(divideRounded(7n, 2n, 'half-even')).toBe(4n);
    expect(divideRounded(5n, 2n, 'half-even')).toBe(2n);
    expect(divideRounded(5n, 2n, 'half-up')).toBe(3n);
    expect(divideRounded(-7n, 3n, 'half-even')).toBe(-2n);
    expect(divideRounded(8n, 3n, 'half-up')).toBe(3n);
  });

  it('reads decimals exactly, also in exponent notation', () => {
    expect(exactDecimal(0.15)).toEqual({ digits: 15n, scale: 2 });
    expect(exactDecimal(1e-7)).toEqual({ digits: 1n, scale: 7 });
    expect(exactDecimal(2.5e21)).toEqual({ digits: 2500000000000000000000n, scale: 0 });
    expect(exactDecimal(-0.5)).toEqual({ digits: -5n, scale: 1 });
    expect(() => exactDecimal(Number.NaN)).toThrow(RangeError);
  });
});

describe('allocating', () => {
  it('splits by weight and hands out the remainder so parts sum to the total', () => {
    expect(allocate(usd(100), [1, 1, 1]).map((m) => m.minor)).toEqual([34, 33, 33]);
    expect(allocate(usd(1000), [1, 3]).map((m) => m.minor)).toEqual([250, 750]);
    expect(allocate(usd(10), [0, 0]).map((m) => m.minor)).toEqual([5, 5]);
    expect(allocate(usd(-100), [1, 1, 1]).map((m) => m.minor)).toEqual([-34, -33, -33]);
    expect(allocate(usd(5), [])).toEqual([]);
  });

  it('never loses or invents a minor unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = allocate(usd(total), weights);
          expect(parts.reduce((a, p) => a + p.minor, 0)).toBe(total);
          expect(parts.every((p) => Number.isSafeInteger(p.minor))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

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

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  add,
  allocate,
  divideRounded,
  exactDecimal,
  money,
  multiplyByPercent,
  multiplyByRate,
  subtract,
  sum,
} from '../../src/roi/money';

const usd = (minor: number) => money(minor, 'USD');
const eur = (minor: number) => money(minor, 'EUR');

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

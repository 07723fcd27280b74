import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardText, needsGuard, unguardText } from '../../src/transfer/formula-guard';
import {
  decodeList,
  decodeTuples,
  encodeList,
  encodeTuples,
  parseNumber,
} from '../../src/transfer/list-codec';
import { toMajor, toMinor } from '../../src/transfer/money';
import { trickyText } from './arbitraries';

describe('formula guard', () => {
  it('is undone exactly by unguardText, for any text', () => {
    fc.assert(
      fc.property(trickyText(20), (text) => {
        expect(unguardText(guardText(text))).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it('leaves no guarded text starting with a formula character', () => {
    fc.assert(
      fc.property(trickyText(20), (text) => {
        expect(guardText(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 100 },
    );
  });

  it('guards formula starts, also behind spaces, NBSP, zero-width or in fullwidth', () => {
    const formulas = ['=a', '+a', '-a', '@a', '\ta', '\ra', "'a", ' =1+1', '\n=a', '\u00A0=1'];
    const disguised = [
      '\u200B=1',
      '\uFEFF+1',
      '＝1+1',
      '＋1',
      '－1',
      '＠a',
      '\u2212 1',
      '\u3000=1',
    ];
    expect([...formulas, ...disguised].filter((t) => !needsGuard(t))).toEqual([]);
    expect(['a', 'a=1', '', 'Ana (5)', 'x 1/2', '5 stars', 'مرحبا'].filter(needsGuard)).toEqual([]);
  });

  it('keeps text a spreadsheet would retype as a number or date ("007", "1/2", "(5)")', () => {
    const retyped = ['007', '1/2', '(5)', '12%', '1,234', '3.14', '2024-01-05', '1 1/2', ' 42 '];
    expect(retyped.filter((t) => !needsGuard(t))).toEqual([]);
    for (const text of retyped) expect(unguardText(guardText(text))).toBe(text);
  });
});

describe('lists in a cell', () => {
  it('reads back any list except the single empty item', () => {
    const lists = fc
      .array(trickyText(8), { maxLength: 5 })
      .filter((l) => !(l.length === 1 && l[0] === ''));
    fc.assert(
      fc.property(lists, (items) => {
        const cell = encodeList(items, ';');
        expect(cell === '' ? [] : decodeList(cell, ';')).toEqual(items);
      }),
      { numRuns: 100 },
    );
  });

  it('reads back any tuples, escaping each level', () => {
    const tuples = fc.array(fc.array(trickyText(6), { minLength: 2, maxLength: 3 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(tuples, (t) => {
        expect(decodeTuples(encodeTuples(t), { min: 2, max: 3 })).toEqual(t);
      }),
      { numRuns: 100 },
    );
  });

  it('writes ordinary lists as a person would type them', () => {
    expect(encodeList(['vegan', 'food'], ';')).toBe('vegan;food');
    expect(
      encodeTuples([
        ['US', '0.6'],
        ['GB', '0.2'],
      ]),
    ).toBe('US:0.6;GB:0.2');
    expect(() => decodeTuples('US:0.6;GB', { min: 2, max: 2 })).toThrow(/"GB"/);
  });
});

describe('numbers and money', () => {
  it('reads what String(number) writes, and nothing that is not a number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseNumber(String(n))).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 100 },
    );
    for (const bad of ['', ' ', 'abc', '1,5', '0x10', 'Infinity', '1e999'])
      expect(() => parseNumber(bad)).toThrow();
  });

  it('converts minor units to major and back exactly, per currency', () => {
    expect(toMajor(1250, 'USD')).toBe(12.5);
    expect(toMajor(1500, 'JPY')).toBe(1500);
    expect(toMajor(1234, 'BHD')).toBe(1.234);
    fc.assert(
      fc.property(fc.nat(1e12), fc.constantFrom('USD', 'JPY', 'BHD', 'EUR'), (minor, currency) => {
        expect(toMinor(toMajor(minor, currency), currency)).toBe(minor);
      }),
      { numRuns: 100 },
    );
  });
});

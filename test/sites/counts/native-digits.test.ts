import { describe, expect, it } from 'vitest';
import { compactTable, learnedTable } from '../../../src/sites/counts/compact-tables';
import { digitOf, normalizeText } from '../../../src/sites/counts/digits';

/** The table the parsers used to build on the page: every numbering system Intl knows. */
function intlDigits(): Map<string, string> {
  const map = new Map<string, string>();
  for (const ns of Intl.supportedValuesOf('numberingSystem')) {
    if (ns === 'latn') continue;
    try {
      const nf = new Intl.NumberFormat('en', { numberingSystem: ns, useGrouping: false });
      for (let d = 0; d < 10; d++) {
        const glyph = nf.format(d);
        if ([...glyph].length === 1 && glyph !== String(d)) map.set(glyph, String(d));
      }
    } catch {
      // A system this engine lists but cannot format.
    }
  }
  return map;
}

describe('native digits without Intl on the page', () => {
  it('read every digit Intl formats, in every numbering system, as Intl does', () => {
    const intl = intlDigits();
    expect(intl.size).toBeGreaterThan(500);
    for (const [glyph, digit] of intl) expect([glyph, digitOf(glyph)]).toEqual([glyph, digit]);
  });

  it('leave letters, emoji and ASCII as they are', () => {
    expect(normalizeText('١٢٫٥ ألف 😍 é')).toBe('12٫5 ألف 😍 é');
    expect(normalizeText('১২ হাজার')).toBe('12 হাজার');
    expect(normalizeText('一万')).toBe('1万');
    for (const ch of ['a', 'é', 'K', '😍', '万', '٫']) expect(digitOf(ch)).toBe(ch);
  });
});

describe('the English compact table is written out, not learned on the page', () => {
  it('equals what Intl teaches for en and en-US', () => {
    for (const locale of ['en', 'en-US']) {
      const shipped = compactTable(locale);
      const learned = learnedTable(locale);
      expect([...shipped.exact]).toEqual([...learned.exact]);
      expect([...shipped.loose]).toEqual([...learned.loose]);
      expect([shipped.decimal, shipped.hasPrefix, shipped.phrases.size]).toEqual([
        learned.decimal,
        learned.hasPrefix,
        learned.phrases.size,
      ]);
    }
  });
});

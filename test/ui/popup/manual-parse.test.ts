import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatCountryMix,
  parseCount,
  parseCountList,
  parseCountry,
  parseCountryMix,
  parseCurrency,
  parseLanguage,
} from '../../../src/ui/popup/manual-parse';

describe('manual entry parsing', () => {
  it('reads counts with thousands separators, blank as "not entered", and refuses decimals', () => {
    expect(parseCount('12,400')).toEqual({ ok: true, value: 12400 });
    expect(parseCount(' 12 400 ')).toEqual({ ok: true, value: 12400 });
    expect(parseCount('')).toEqual({ ok: true, value: null });
    expect(parseCount('1.5').ok).toBe(false);
    expect(parseCount('12k')).toMatchObject({ ok: false, key: 'manualErrCount', subs: ['12k'] });
    expect(parseCount('-3').ok).toBe(false);
  });

  it('round-trips any count written with or without grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.boolean(), (n, group) => {
        const text = group ? n.toLocaleString('en-US') : String(n);
        expect(parseCount(text)).toEqual({ ok: true, value: n });
      }),
      { numRuns: 100 },
    );
  });

  it('reads one count per post from semicolons, new lines or ", "', () => {
    expect(parseCountList('120; 98\n143, 1,200')).toEqual({
      ok: true,
      value: [120, 98, 143, 1200],
    });
    expect(parseCountList('')).toEqual({ ok: true, value: [] });
    expect(parseCountList('12; x').ok).toBe(false);
  });

  it('reads a country mix as shares and writes it back the same way', () => {
    const parsed = parseCountryMix('us 60, GB: 25%; de=7.5');
    expect(parsed).toEqual({
      ok: true,
      value: [
        { country: 'US', share: 0.6 },
        { country: 'GB', share: 0.25 },
        { country: 'DE', share: 0.075 },
      ],
    });
    if (parsed.ok) expect(parseCountryMix(formatCountryMix(parsed.value))).toEqual(parsed);
  });

  it('refuses a country twice, a total above 100% and unreadable parts', () => {
    expect(parseCountryMix('US 60, us 10')).toMatchObject({ key: 'manualErrCountryTwice' });
    expect(parseCountryMix('US 60, GB 50')).toMatchObject({
      key: 'manualErrCountryTotal',
      subs: ['110'],
    });
    expect(parseCountryMix('United States 60')).toMatchObject({ key: 'manualErrCountry' });
  });

  it('normalises codes and refuses malformed ones', () => {
    expect(parseCountry(' de ')).toEqual({ ok: true, value: 'DE' });
    expect(parseCountry('DEU').ok).toBe(false);
    expect(parseLanguage('pt-BR')).toEqual({ ok: true, value: 'pt-br' });
    expect(parseLanguage('english').ok).toBe(false);
    expect(parseCurrency('eur')).toEqual({ ok: true, value: 'EUR' });
    expect(parseCurrency('€').ok).toBe(false);
  });
});

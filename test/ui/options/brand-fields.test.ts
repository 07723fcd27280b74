import { describe, expect, it } from 'vitest';
import { BrandProfile } from '../../../src/shared/vetting';
import { brandFieldsOf, readBrandFields, splitList } from '../../../src/ui/options/brand-fields';

describe('brand profile fields', () => {
  it('splits lists on commas, semicolons and new lines, dropping blanks and repeats', () => {
    expect(splitList('sourdough, Bakery\n\n#bread;  sourdough ,bakery')).toEqual([
      'sourdough',
      'Bakery',
      '#bread',
    ]);
  });

  it('reads a valid profile and shows it again unchanged', () => {
    const read = readBrandFields({
      keywords: 'sourdough, rye bread',
      categories: 'food',
      targetCountries: 'de, AT, de',
      targetLanguages: 'de, EN',
      currency: 'eur',
    });
    expect(read).toEqual({
      ok: true,
      brand: {
        keywords: ['sourdough', 'rye bread'],
        categories: ['food'],
        targetCountries: ['DE', 'AT'],
        targetLanguages: ['de', 'en'],
        currency: 'EUR',
        // Brand-safety and competitor lists have fields of their own; empty until filled.
        safetyOff: [],
        safetyTerms: [],
        safetyIgnore: [],
        competitors: [],
      },
    });
    if (read.ok) expect(readBrandFields(brandFieldsOf(read.brand))).toEqual(read);
  });

  it('names every bad field at once', () => {
    const read = readBrandFields({
      ...brandFieldsOf(BrandProfile.parse({})),
      keywords: 'x'.repeat(81),
      targetCountries: 'Germany',
      currency: 'euro',
    });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(Object.keys(read.errors).sort()).toEqual(['currency', 'keywords', 'targetCountries']);
      expect(read.errors.targetCountries).toEqual({
        key: 'manualErrCountryCode',
        subs: ['Germany'],
      });
    }
  });
});

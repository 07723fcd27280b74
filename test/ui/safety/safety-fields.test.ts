import { describe, expect, it } from 'vitest';
import { BrandProfile } from '../../../src/shared/vetting';
import {
  readSafetyFields,
  safetyFieldsOf,
  safetyPartOf,
} from '../../../src/ui/safety/safety-fields';

describe('brand-safety fields of the brand profile', () => {
  it('reads "Category: word" lines by label, first word or id, and lists of words and rivals', () => {
    const read = readSafetyFields({
      off: ['alcohol'],
      terms: 'Alcohol: hard seltzer\ndrugs: snus*\nGambling: loot box',
      ignore: 'gin, rum',
      competitors: '@oatly\nAlpro, oatly',
    });
    expect(read).toEqual({
      ok: true,
      part: {
        safetyOff: ['alcohol'],
        safetyTerms: [
          { category: 'alcohol', term: 'hard seltzer' },
          { category: 'drugs', term: 'snus*' },
          { category: 'gambling', term: 'loot box' },
        ],
        safetyIgnore: ['gin', 'rum'],
        competitors: ['oatly', 'Alpro'],
      },
    });
  });

  it('names the line that has no category or no usable word', () => {
    const base = { off: [], ignore: '', competitors: '' };
    expect(readSafetyFields({ ...base, terms: 'seltzer' })).toMatchObject({
      ok: false,
      error: { field: 'terms', key: 'safetyErrCategory', subs: ['seltzer'] },
    });
    expect(readSafetyFields({ ...base, terms: 'Adult: a*' })).toMatchObject({
      ok: false,
      error: { key: 'safetyErrTerm', subs: ['Adult: a*'] },
    });
  });

  it('round-trips what is stored through the form', () => {
    const brand = BrandProfile.parse({
      safetyOff: ['politics'],
      safetyTerms: [{ category: 'alcohol', term: 'seltzer*' }],
      safetyIgnore: ['gin'],
      competitors: ['Alpro'],
    });
    const read = readSafetyFields(safetyFieldsOf(safetyPartOf(brand)));
    expect(read).toEqual({ ok: true, part: safetyPartOf(brand) });
  });
});

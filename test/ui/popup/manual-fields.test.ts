import { describe, expect, it } from 'vitest';
import { ManualEntries } from '../../../src/shared/vetting';
import { exact } from '../../../src/shared/stat';
import { fieldsOf, readFields, storyViewsOrigin } from '../../../src/ui/popup/manual-fields';

const blank = ManualEntries.parse({});

describe('manual entry form fields', () => {
  it('turns typed text into entries, money in minor units of the chosen currency', () => {
    const fields = {
      ...fieldsOf(blank),
      storyViews: '1,250',
      saves: '40',
      quotedRate: '149.50',
      currency: 'eur',
      countryMix: 'DE 70, AT 20',
      creatorCountry: 'de',
      creatorLanguage: 'de',
    };
    const read = readFields(fields, blank);
    expect(read).toEqual({
      ok: true,
      manual: {
        ...blank,
        storyViews: 1250,
        saves: 40,
        quotedRateMinor: 14950,
        currency: 'EUR',
        countryMix: [
          { country: 'DE', share: 0.7 },
          { country: 'AT', share: 0.2 },
        ],
        creatorCountry: 'DE',
        creatorLanguage: 'de',
      },
    });
    // What is stored is valid against the shared schema, and shows the same text again.
    if (read.ok) {
      expect(ManualEntries.parse(read.manual)).toEqual(read.manual);
      expect(fieldsOf(read.manual)).toMatchObject({
        quotedRate: '149.50',
        storyViews: '1250',
        currency: 'EUR',
      });
    }
  });

  it('reports every bad field at once and keeps what it cannot see (growth series)', () => {
    const previous = { ...blank, growthSeries: [{ date: '2025-01-01', followers: 10 }] };
    const read = readFields(
      {
        ...fieldsOf(previous),
        storyViews: 'lots',
        creatorCountry: 'Germany',
        quotedRate: '12.345',
      },
      previous,
    );
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(Object.keys(read.errors).sort()).toEqual([
        'creatorCountry',
        'quotedRate',
        'storyViews',
      ]);
    const good = readFields(fieldsOf(previous), previous);
    expect(good.ok && good.manual.growthSeries).toEqual(previous.growthSeries);
  });

  it('says where story views come from', () => {
    expect(storyViewsOrigin(null, blank)).toBe('popupStoryViewsManualOnly');
    expect(storyViewsOrigin(exact(900, 'text'), blank)).toBe('popupStoryViewsFromPage');
    expect(storyViewsOrigin(exact(900, 'text'), { ...blank, storyViews: 50 })).toBe(
      'popupStoryViewsManualOverPage',
    );
  });
});

import { toDecimalString, parseMoney } from '../../roi/money-text';
import type { Stat } from '../../shared/stat';
import type { ManualEntries } from '../../shared/vetting';
import { uiLanguage } from '../../platform/i18n';
import {
  formatCountryMix,
  parseCount,
  parseCountry,
  parseCountryMix,
  parseCurrency,
  parseLanguage,
  fieldReader,
  type FieldErrors,
} from './manual-parse';

/** The manual-entry form's fields as typed text. */
export interface ManualFields {
  storyViews: string;
  saves: string;
  countryMix: string;
  quotedRate: string;
  currency: string;
  creatorCountry: string;
  creatorLanguage: string;
  /** Offered only when the page did not show the follower count. */
  followers: string;
}
export type ManualErrors = FieldErrors<keyof ManualFields>;

const text = (n: number | null) => (n === null ? '' : String(n));

export function fieldsOf(manual: ManualEntries): ManualFields {
  return {
    storyViews: text(manual.storyViews),
    saves: text(manual.saves),
    countryMix: formatCountryMix(manual.countryMix),
    quotedRate:
      manual.quotedRateMinor === null
        ? ''
        : toDecimalString({ minor: manual.quotedRateMinor, currency: manual.currency }),
    currency: manual.currency,
    creatorCountry: manual.creatorCountry ?? '',
    creatorLanguage: manual.creatorLanguage ?? '',
    followers: text(manual.followers),
  };
}

/** The typed text as entries, or every field's problem at once (not one at a time). */
export function readFields(
  fields: ManualFields,
  previous: ManualEntries,
): { ok: true; manual: ManualEntries } | { ok: false; errors: ManualErrors } {
  const { errors, take } = fieldReader<keyof ManualFields>();
  const currency = take('currency', parseCurrency(fields.currency), previous.currency);
  let quotedRateMinor: number | null = null;
  if (fields.quotedRate.trim() !== '' && !errors.currency) {
    const money = parseMoney(fields.quotedRate, currency, uiLanguage());
    if (money.ok && money.value.minor >= 0) quotedRateMinor = money.value.minor;
    else errors.quotedRate = { key: 'manualErrRate', subs: [fields.quotedRate.trim(), currency] };
  }
  const manual: ManualEntries = {
    ...previous,
    storyViews: take('storyViews', parseCount(fields.storyViews), null),
    saves: take('saves', parseCount(fields.saves), null),
    countryMix: take('countryMix', parseCountryMix(fields.countryMix), []),
    quotedRateMinor,
    currency,
    creatorCountry: take('creatorCountry', parseCountry(fields.creatorCountry), null),
    creatorLanguage: take('creatorLanguage', parseLanguage(fields.creatorLanguage), null),
    followers: take('followers', parseCount(fields.followers), null),
  };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, manual };
}

/** Where the story-view figure comes from, said plainly: the page, or the marketer. */
export function storyViewsOrigin(pageShowed: Stat, manual: ManualEntries): string {
  if (pageShowed !== null && manual.storyViews === null) return 'popupStoryViewsFromPage';
  if (pageShowed !== null) return 'popupStoryViewsManualOverPage';
  return 'popupStoryViewsManualOnly';
}

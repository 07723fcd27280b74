import { BrandProfile } from '../../shared/vetting';
import {
  fieldReader,
  parseCountry,
  parseCurrency,
  parseLanguage,
  type FieldErrors,
  type Parsed,
} from '../popup/manual-parse';

/** The brand profile form's fields as typed text: lists are one item per line or comma. */
export interface BrandFields {
  keywords: string;
  categories: string;
  targetCountries: string;
  targetLanguages: string;
  currency: string;
}
export type BrandErrors = FieldErrors<keyof BrandFields>;

/** Splits a typed list, trims, drops blanks and repeats (case-insensitively), keeps order. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,\n;]/)) {
    const item = part.trim().replace(/\s+/g, ' ');
    if (item && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      out.push(item);
    }
  }
  return out;
}

export function brandFieldsOf(brand: BrandProfile): BrandFields {
  return {
    keywords: brand.keywords.join(', '),
    categories: brand.categories.join(', '),
    targetCountries: brand.targetCountries.join(', '),
    targetLanguages: brand.targetLanguages.join(', '),
    currency: brand.currency,
  };
}

function codes(text: string, parse: (t: string) => Parsed<string | null>) {
  const values: string[] = [];
  for (const item of splitList(text)) {
    const one = parse(item);
    if (!one.ok) return one;
    if (one.value) values.push(one.value);
  }
  return { ok: true as const, value: [...new Set(values)] };
}

function words(text: string, max: number, limit: number): Parsed<string[]> {
  const list = splitList(text);
  const long = list.find((w) => w.length > max);
  if (long) return { ok: false, key: 'optErrTooLong', subs: [long.slice(0, 30), String(max)] };
  if (list.length > limit) return { ok: false, key: 'optErrTooMany', subs: [String(limit)] };
  return { ok: true, value: list };
}

/** The typed profile, validated against the shared schema, or every field's problem. */
export function readBrandFields(
  fields: BrandFields,
): { ok: true; brand: BrandProfile } | { ok: false; errors: BrandErrors } {
  const { errors, take } = fieldReader<keyof BrandFields>();
  const brand = {
    keywords: take('keywords', words(fields.keywords, 80, 200), []),
    categories: take('categories', words(fields.categories, 80, 50), []),
    targetCountries: take('targetCountries', codes(fields.targetCountries, parseCountry), []),
    targetLanguages: take('targetLanguages', codes(fields.targetLanguages, parseLanguage), []),
    currency: take('currency', parseCurrency(fields.currency), 'USD'),
  };
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, brand: BrandProfile.parse(brand) };
}

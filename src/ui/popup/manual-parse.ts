import type { z } from 'zod';
import type { CountryShare } from '../../shared/vetting';

/**
 * Reading what the marketer types into the manual fields. Each parser returns the value or a
 * message key (with substitutions) naming what is wrong, so the form can say it next to the field.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; key: string; subs: string[] };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** A message key and its substitutions, per form field. */
export type FieldErrors<K extends string> = Partial<Record<K, { key: string; subs: string[] }>>;

/**
 * Collects every field's problem while a form is read, so all are shown at once:
 * `take` returns the parsed value, or records the problem and returns the fallback.
 */
export function fieldReader<K extends string>() {
  const errors: FieldErrors<K> = {};
  const take = <T>(name: K, parsed: Parsed<T>, fallback: T): T => {
    if (parsed.ok) return parsed.value;
    errors[name] = { key: parsed.key, subs: parsed.subs };
    return fallback;
  };
  return { errors, take };
}
const bad = (key: string, ...subs: string[]): Parsed<never> => ({ ok: false, key, subs });

/** Digits with optional thousands separators ("12,400", "12 400", "12.400"); blank is null. */
export function parseCount(text: string): Parsed<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(null);
  const digits = trimmed.replace(/[\s,.'\u00a0\u202f]/g, '');
  if (!/^\d{1,12}$/.test(digits)) return bad('manualErrCount', trimmed);
  // "1.5" is not a count: separators must group thousands.
  if (/[,.'\s\u00a0\u202f]/.test(trimmed) && !/^\d{1,3}([,.'\s\u00a0\u202f]\d{3})+$/.test(trimmed))
    return bad('manualErrCount', trimmed);
  return ok(Number(digits));
}

/** One count per post, separated by commas, semicolons or new lines: "120; 98; 143". */
export function parseCountList(text: string): Parsed<number[]> {
  const parts = text
    .split(/[;\n]|,\s+|,(?!\d{3}\b)/)
    .map((p) => p.trim())
    .filter(Boolean);
  const values: number[] = [];
  for (const part of parts) {
    const one = parseCount(part);
    if (!one.ok) return one;
    if (one.value !== null) values.push(one.value);
  }
  return ok(values);
}

type Share = z.infer<typeof CountryShare>;

/** "US 60, GB 25%" → shares 0.6 and 0.25; country codes are ISO two-letter codes. */
export function parseCountryMix(text: string): Parsed<Share[]> {
  const shares: Share[] = [];
  let total = 0;
  for (const part of text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z]{2})\s*[:=]?\s*(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(part);
    if (!match) return bad('manualErrCountry', part);
    const percent = Number(match[2]!.replace(',', '.'));
    if (percent > 100) return bad('manualErrCountry', part);
    const country = match[1]!.toUpperCase();
    if (shares.some((s) => s.country === country)) return bad('manualErrCountryTwice', country);
    shares.push({ country, share: percent / 100 });
    total += percent;
  }
  if (total > 100.5) return bad('manualErrCountryTotal', String(Math.round(total)));
  return ok(shares);
}

export function formatCountryMix(shares: Share[]): string {
  return shares.map((s) => `${s.country} ${Math.round(s.share * 1000) / 10}`).join(', ');
}

/** Two letters (ISO 3166) or blank. */
export function parseCountry(text: string): Parsed<string | null> {
  const code = text.trim().toUpperCase();
  if (code === '') return ok(null);
  return /^[A-Z]{2}$/.test(code) ? ok(code) : bad('manualErrCountryCode', text.trim());
}

/** A language tag such as "en" or "pt-BR" (at most 8 characters), or blank. */
export function parseLanguage(text: string): Parsed<string | null> {
  const tag = text.trim();
  if (tag === '') return ok(null);
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?$/.test(tag) && tag.length <= 8
    ? ok(tag.toLowerCase())
    : bad('manualErrLanguage', tag);
}

export function parseCurrency(text: string): Parsed<string> {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? ok(code) : bad('manualErrCurrency', text.trim());
}

import { compactTable, patternKey, type CompactTable } from './compact-tables';
import { normalizeText, unitKey } from './digits';
import { splitNumber } from './split-number';
import { formKey, globalForms, languageForms, type LanguageForms } from './site-forms';

/** A count with the range the shown text allows: "12.3K" → 12300, 12250..12349. */
export interface ParsedCount {
  value: number;
  low: number;
  high: number;
}

// Digits with separators (N'Ko groups with the Arabic comma ،). A space only groups when exactly three digits follow ("1 234"),
// so "2 3 days" is not read as 23.
const NUMBER = /\d+(?:(?:[.,'’\u060c\u066b\u066c]| (?=\d{3}(?!\d)))\d+)*/;
// Scripts written without spaces: a unit may be followed directly by a word ("1.2万人").
const NO_SPACE_SCRIPT =
  /[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Myanmar}\p{sc=Khmer}]$/u;
const LETTER = /[\p{L}\p{M}]/u;
const MAX_CACHED = 4000;
const results = new Map<string, Readonly<ParsedCount> | null>();
const MAX_UNIT_CHARS = 16;
const PLAIN = /^ ?\d{1,15} ?$/;
// A sign right before the number ("−5", "+3") or an exponent after it ("1e308"): no site shows
// a count like that, so it is not a count ("not visible"), never 5 or 1.
const SIGN_BEFORE = /[-+\u2212\u2012-\u2014\ufe63]\s?$/u;
const EXPONENT_AFTER = /^[eE][-+\u2212]?\d/u;

function exactCount(value: number): ParsedCount {
  return { value, low: value, high: value };
}

/**
 * The first count in `text`, in the page's `locale` ("de", "pt-BR"…); null when there is none
 * or it cannot be a count (a fraction without a unit, an unknown grouping, beyond 2^53).
 */
export function parseCount(text: string, locale?: string): Readonly<ParsedCount> | null {
  if (typeof text !== 'string' || !text) return null;
  // Re-reads after every lazy load see the same strings again: remember recent answers.
  const key = `${locale ?? ''}\u0001${text}`;
  const known = results.get(key);
  if (known !== undefined) return known;
  if (results.size >= MAX_CACHED) results.clear();
  const parsed = parseUncached(text, locale);
  results.set(key, parsed);
  return parsed;
}

function parseUncached(text: string, locale?: string): ParsedCount | null {
  const s = normalizeText(text.length > 300 ? text.slice(0, 300) : text);
  if (PLAIN.test(s)) return exactCount(Number(s.trim()));
  const table = compactTable(locale || 'en');
  const match = NUMBER.exec(s);
  if (!match) return phrase(table, s);
  const before = s.slice(0, match.index);
  const after = s.slice(match.index + match[0].length);
  if (SIGN_BEFORE.test(before) || EXPONENT_AFTER.test(after)) return null;
  const multiplier = findMultiplier(table, locale || 'en', before, after);
  const number = splitNumber(match[0], multiplier > 1, table.decimal);
  if (!number || (multiplier === 1 && number.frac)) return null;
  const decimals = number.frac.length;
  const value = Math.round((Number(number.int + number.frac) * multiplier) / 10 ** decimals);
  if (!Number.isSafeInteger(value)) return null;
  const half = Math.max(1, multiplier / 10 ** decimals) / 2;
  return { value, low: Math.max(0, Math.ceil(value - half)), high: Math.ceil(value + half) - 1 };
}

/** A count written as a word ("mille"): as exact as "1K", so ±half a unit. */
function phrase(table: CompactTable, s: string): ParsedCount | null {
  if (!table.phrases.size) return null;
  for (const candidate of suffixCandidates(` ${s.trim()}`)) {
    const value = table.phrases.get(unitKey(candidate));
    if (value) return { value, low: value / 2, high: (value * 3) / 2 - 1 };
  }
  return null;
}

function language(locale?: string): string {
  return (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
}

// Trailing punctuation after a unit ("12K," "1,2 Mio.)"); dots stay, keys drop them anyway.
const TRAILING_PUNCT = /[,;:!?)\]}»"'’]+$/u;

/** Units right after the number: one to three words ("K", "mil M", "lakh crore"), or for
 * scripts without spaces every leading run of the first word ("万人" → "万人", "万"). */
function suffixCandidates(after: string): string[] {
  const space = after.startsWith(' ') ? ' ' : '';
  const words = after.trimStart().slice(0, 40).split(' ', 3);
  const out: string[] = [];
  for (let n = words.length; n > 0; n--) {
    const unit = words.slice(0, n).join(' ').replace(TRAILING_PUNCT, '');
    if (unit) out.push(space + unit);
  }
  const first = words[0] ?? '';
  for (let len = Math.min(first.length, MAX_UNIT_CHARS) - 1; len > 0; len--) {
    const unit = first.slice(0, len);
    if (NO_SPACE_SCRIPT.test(unit) || !LETTER.test(first[len] ?? '')) out.push(space + unit);
  }
  return out;
}

function prefixCandidates(table: CompactTable, before: string): string[] {
  const out: string[] = [];
  if (table.hasPrefix) {
    for (let len = Math.min(before.length, MAX_UNIT_CHARS); len > 0; len--) {
      const unit = before.slice(before.length - len);
      if (unit.trim()) out.push(unit);
    }
  }
  out.push('');
  return out;
}

function findMultiplier(
  table: CompactTable,
  locale: string,
  before: string,
  after: string,
): number {
  const lang = language(locale);
  const forms = languageForms(lang);
  const english = locale === 'en' ? null : compactTable('en');
  const suffixes = after.trim() ? suffixCandidates(after) : [];
  if (!suffixes.length && !table.hasPrefix) return 1;
  suffixes.push('');
  for (const prefix of prefixCandidates(table, before)) {
    for (const suffix of suffixes) {
      const exact = table.exact.get(patternKey(prefix, suffix, false));
      if (exact) return exact;
      if (!prefix && suffix) {
        const site = siteWord(forms, suffix);
        if (site) return site;
      }
      const hit = table.loose.get(patternKey(prefix, suffix, true));
      if (hit) return hit;
      if (prefix || !suffix) continue;
      const fallback =
        english?.loose.get(patternKey('', suffix, true)) ??
        globalForms().words.get(formKey(suffix)) ??
        compound(forms, suffix);
      if (fallback) return fallback;
    }
  }
  return 1;
}

/** The site's own word for a unit, also with a classifier after it ("হাজারটি"). */
function siteWord(forms: LanguageForms, unit: string): number | undefined {
  const key = formKey(unit);
  const hit = forms.words.get(key);
  if (hit) return hit;
  for (const c of forms.classifiers)
    if (key.length > c.length && key.endsWith(c)) return forms.words.get(key.slice(0, -c.length));
  return undefined;
}

/** Two unit words in a row multiply: "1.1K crore" is 1,100 crore, "2 हज़ार करोड़" 2,000 crore. */
function compound(forms: LanguageForms, unit: string): number | undefined {
  const words = unit.trim().split(' ');
  if (words.length !== 2) return undefined;
  const [a = 0, b = 0] = words.map(
    (w) =>
      siteWord(forms, w) ??
      globalForms().words.get(formKey(w)) ??
      compactTable('en').loose.get(patternKey('', w, true)),
  );
  return a && b && b >= 1e5 ? a * b : undefined;
}

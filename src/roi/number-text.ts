import { ok, parseError, type Outcome, type ParseCode } from './outcome';

/**
 * Numbers as a marketer types them, with the locale's separators: "1,234.5" in en-US,
 * "1.234,5" in de-DE, "1 234,5" in fr-FR. Nothing is guessed: "1234.56" in de-DE is refused
 * as ambiguous rather than read as 123,456, and extra decimals are refused, not rounded.
 */
function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

const SPACES = /[\s\u00a0\u202f]/g;
/** Direction marks that Intl puts around Arabic and Hebrew amounts. */
const BIDI = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** Arabic-Indic and Persian digits as ASCII digits. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}
const APOSTROPHES = /[’']/g;

const PARSE_TEXT: Record<ParseCode, string> = {
  empty: 'Enter a number.',
  badChar: 'Not a number: use digits, "$1" for decimals and "$2" between thousands.',
  twoDecimals: 'More than one "$1" in the number.',
  groupAfterDecimal: '"$2" cannot follow the decimal "$1".',
  ambiguousGroup: '"$2" separates thousands here; write decimals with "$1".',
  tooManyDecimals: 'At most $1 decimal places here.',
  notWhole: 'Enter a whole number.',
  tooLarge: 'The number is too large.',
  belowMin: 'Enter $1 or more.',
  aboveMax: 'Enter $1 or less.',
};

/** English text of a parse refusal; the UI shows the same wording via `roi_err_<code>`. */
export function parseText(code: ParseCode, subs: readonly string[]): string {
  return PARSE_TEXT[code].replace(/\$(\d)/g, (_, i: string) => subs[Number(i) - 1] ?? '');
}

function refuse(input: string, code: ParseCode, subs: string[]): Outcome<never> {
  return parseError(input, code, subs, parseText(code, subs));
}

/** Digits grouped as the locale writes them: 1,234,567 or Indian 12,34,567. */
function wellGrouped(groups: readonly string[]): boolean {
  if (groups.length === 1) return true;
  const [first = '', ...rest] = groups;
  if (first === '' || first.length > 3) return false;
  return rest.every((g, i) => g.length === 3 || (g.length === 2 && i < rest.length - 1));
}

/** The typed number × 10^decimals as an integer; `symbols` (e.g. "$", "US$") are ignored. */
export function parseScaled(
  text: string,
  locale: string,
  decimals: number,
  symbols: readonly string[] = [],
): Outcome<bigint> {
  const { group, decimal } = separators(locale);
  const spaceGroup = group.replace(SPACES, '') === '';
  const groupChar = spaceGroup ? ' ' : group.replace(APOSTROPHES, "'");
  let s = asciiDigits(text.replace(BIDI, ''));
  for (const symbol of symbols) s = s.split(symbol.replace(BIDI, '')).join('');
  s = s
    .replace(/\p{Sc}/gu, '')
    .replace(APOSTROPHES, "'")
    .trim();
  const negative = /^[-−]/.test(s);
  s = s.replace(/^[-−]\s*/, '').replace(SPACES, spaceGroup ? ' ' : '');
  const seps = [decimal, groupChar];
  if (s === '') return refuse(text, 'empty', []);
  if (![...s].every((c) => /\d/.test(c) || c === groupChar || c === decimal)) {
    return refuse(text, 'badChar', seps);
  }
  const halves = s.split(decimal);
  if (halves.length > 2) return refuse(text, 'twoDecimals', seps);
  const [whole = '', fraction = ''] = halves;
  if (fraction.includes(groupChar)) return refuse(text, 'groupAfterDecimal', seps);
  const groups = whole.split(groupChar);
  if (!wellGrouped(groups)) return refuse(text, 'ambiguousGroup', seps);
  if (fraction.length > decimals) {
    return decimals === 0
      ? refuse(text, 'notWhole', [])
      : refuse(text, 'tooManyDecimals', [String(decimals)]);
  }
  const intDigits = groups.join('');
  if (intDigits === '' && fraction === '') return refuse(text, 'empty', []);
  const scaled = BigInt((intDigits || '0') + fraction.padEnd(decimals, '0'));
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER)) return refuse(text, 'tooLarge', []);
  return ok(negative ? -scaled : scaled);
}

export interface Limits {
  min?: number;
  max?: number;
}

/** A parsed value outside `limits` is refused with the limit in the message. */
export function withinLimits<T>(
  input: string,
  r: Outcome<T>,
  n: (v: T) => number,
  limits: Limits,
): Outcome<T> {
  if (!r.ok) return r;
  const { min, max } = limits;
  if (min !== undefined && n(r.value) < min) return refuse(input, 'belowMin', [String(min)]);
  if (max !== undefined && n(r.value) > max) return refuse(input, 'aboveMax', [String(max)]);
  return r;
}

/** A plain number (hours, percent, counts); `decimals` 0 asks for a whole number. */
export function parseNumber(
  text: string,
  locale: string,
  decimals: number,
  limits: Limits = {},
): Outcome<number> {
  const scaled = parseScaled(text, locale, decimals);
  const value = scaled.ok ? ok(Number(scaled.value) / 10 ** decimals) : scaled;
  return withinLimits(text, value, (v) => v, limits);
}

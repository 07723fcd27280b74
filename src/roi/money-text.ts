import type { Money } from '../shared/roi';
import { currencyDigits, currencySymbols } from './currency';
import { ok, parseError, type Outcome, type ParseCode } from './outcome';

/**
 * Money as text: parsing what a marketer types ("1,234.56" in en-US, "1.234,56" in de-DE,
 * "1 234,56" in fr-FR) and formatting with Intl. The separators come from the locale, so a
 * typed amount is never guessed at: "1234.56" in de-DE is refused as ambiguous rather than
 * read as 123,456.
 */
function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

const SPACES = /[\s\u00a0\u202f]/g;
const APOSTROPHES = /[’']/g;

const PARSE_TEXT: Record<ParseCode, string> = {
  empty: 'Enter an amount.',
  badChar: 'Not an amount: use digits, "$1" for decimals and "$2" between thousands.',
  twoDecimals: 'More than one "$1" in the amount.',
  groupAfterDecimal: '"$2" cannot follow the decimal "$1".',
  ambiguousGroup: '"$2" separates thousands here; write decimals with "$1".',
  tooManyDecimals: '$1 has $2 decimal places at most.',
  tooLarge: 'The amount is too large.',
};

/** English text of a parse refusal; the UI uses the same wording via `roi_err_<code>`. */
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

export function parseMoney(text: string, currency: string, locale: string): Outcome<Money> {
  const { group, decimal } = separators(locale);
  const spaceGroup = group.replace(SPACES, '') === '';
  const groupChar = spaceGroup ? ' ' : group.replace(APOSTROPHES, "'");
  let s = text;
  for (const symbol of currencySymbols(currency, locale)) s = s.split(symbol).join('');
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
  const digits = currencyDigits(currency);
  if (fraction.length > digits) return refuse(text, 'tooManyDecimals', [currency, String(digits)]);
  const intDigits = groups.join('');
  if (intDigits === '' && fraction === '') return refuse(text, 'empty', []);
  const minor = Number(BigInt((intDigits || '0') + fraction.padEnd(digits, '0')));
  if (!Number.isSafeInteger(minor)) return refuse(text, 'tooLarge', []);
  return ok({ minor: negative && minor !== 0 ? -minor : minor, currency });
}

/** Exact decimal text of an amount ("-1234.56"), for Intl and CSV without float error. */
export function toDecimalString(m: Money): string {
  const digits = currencyDigits(m.currency);
  const abs = String(Math.abs(m.minor)).padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const text = digits > 0 ? `${whole}.${abs.slice(abs.length - digits)}` : whole;
  return m.minor < 0 ? `-${text}` : text;
}

export function formatMoney(m: Money, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency });
  return format.format(toDecimalString(m) as `${number}`);
}

/** A per-unit cost such as CPE, with two more decimals than the currency: $0.0533. */
export function formatPerUnit(value: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits + 2,
  }).format(value);
}

import type { Money } from '../shared/roi';
import { currencyDigits, currencySymbols } from './currency';
import { ok, type Outcome } from './outcome';
import { parseScaled, withinLimits } from './number-text';

/**
 * Money as text: parsing what a marketer types ("1,234.56" in en-US, "1.234,56" in de-DE,
 * "1 234,56 €" in fr-FR) and formatting with Intl. More decimals than the currency has
 * (JPY 0, USD 2) are refused, not rounded away.
 */
export function parseMoney(
  text: string,
  currency: string,
  locale: string,
  limits: { min?: number } = {},
): Outcome<Money> {
  const digits = currencyDigits(currency);
  const scaled = parseScaled(text, locale, digits, currencySymbols(currency, locale));
  const value = scaled.ok ? ok({ minor: Number(scaled.value), currency }) : scaled;
  return withinLimits(text, value, (m) => m.minor, limits);
}

/** An amount as typed back into a field: digits and separators, no symbol ("1,234.50"). */
export function formatAmount(m: Money, locale: string): string {
  const digits = currencyDigits(m.currency);
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return format.format(toDecimalString(m) as `${number}`);
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

/**
 * A per-unit cost such as CPE, in the currency's own digits like every other amount ($19.86,
 * ¥12). A cost too small to show in those digits reads "< $0.01", never "$0.00".
 */
export function formatPerUnit(value: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  const smallest = 10 ** -digits;
  if (value !== 0 && Math.abs(value) < smallest / 2)
    return value > 0 ? `< ${format.format(smallest)}` : `> ${format.format(-smallest)}`;
  return format.format(value);
}

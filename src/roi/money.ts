import type { Money } from '../shared/roi';
import { currencyDigits } from './currency';
import { mixedCurrency, ok, tooLarge, type Outcome } from './outcome';

export { currencyDigits } from './currency';
export {
  formatAmount,
  formatMoney,
  formatPerUnit,
  parseMoney,
  toDecimalString,
} from './money-text';

/**
 * Money arithmetic on integer minor units. Only multiplication by a rate (commission %,
 * hours × hourly rate, budget shares) can produce a fraction of a minor unit; it is rounded
 * once, explicitly. The project default is half-even ("banker's") rounding: over many
 * creators' commission lines it does not drift upwards the way half-up does. Half-up (half
 * away from zero) is available for whoever must match an invoice.
 */
export type Rounding = 'half-even' | 'half-up';

export function money(minor: number, currency: string): Money {
  if (!Number.isSafeInteger(minor))
    throw new RangeError(`minor units must be a safe integer: ${minor}`);
  return { minor, currency };
}

/** Adds amounts of one currency; a second currency is refused, not converted or summed. */
export function sum(items: readonly Money[], currency: string): Outcome<Money> {
  const foreign = items.filter((m) => m.currency !== currency);
  if (foreign.length > 0) return mixedCurrency([currency, ...foreign.map((m) => m.currency)]);
  const total = items.reduce((acc, m) => acc + m.minor, 0);
  return Number.isSafeInteger(total) ? ok(money(total, currency)) : tooLarge();
}

export function add(a: Money, b: Money): Outcome<Money> {
  return sum([a, b], a.currency);
}

export function subtract(a: Money, b: Money): Outcome<Money> {
  if (a.currency !== b.currency) return mixedCurrency([a.currency, b.currency]);
  return ok(money(a.minor - b.minor, a.currency));
}

/** `rate` is taken at its decimal value as written (0.15 is exactly fifteen hundredths). */
export function multiplyByRate(m: Money, rate: number, rounding: Rounding = 'half-even'): Money {
  return scaleBy(m, rate, 0, rounding);
}

/** `percent` of an amount (commission: 12.5 → 12.5 %), exact before the one rounding. */
export function multiplyByPercent(
  m: Money,
  percent: number,
  rounding: Rounding = 'half-even',
): Money {
  return scaleBy(m, percent, 2, rounding);
}

/** m × factor ÷ 10^shift, computed on exact decimals and rounded once. */
function scaleBy(m: Money, factor: number, shift: number, rounding: Rounding): Money {
  const { digits, scale } = exactDecimal(factor);
  const product = BigInt(m.minor) * digits;
  return money(Number(divideRounded(product, 10n ** BigInt(scale + shift), rounding)), m.currency);
}

/** Integer division of n by d (d > 0) with the chosen rounding at exactly one half. */
export function divideRounded(n: bigint, d: bigint, rounding: Rounding): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let q = abs / d;
  const twiceRest = (abs % d) * 2n;
  if (twiceRest > d || (twiceRest === d && (rounding === 'half-up' || q % 2n === 1n))) q += 1n;
  return negative ? -q : q;
}

/** A finite number as digits × 10^-scale, from its shortest round-trip decimal form. */
export function exactDecimal(n: number): { digits: bigint; scale: number } {
  if (!Number.isFinite(n)) throw new RangeError(`rate must be finite: ${n}`);
  const [mantissa = '0', exponent = '0'] = String(n).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  let digits = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: negative ? -digits : digits, scale };
}

/** Amount in major units as a number, for ratios and display (never stored). */
export function toMajor(m: Money): number {
  return m.minor / 10 ** currencyDigits(m.currency);
}

/**
 * Splits `total` in proportion to `weights` so the parts add up to the total exactly
 * (largest-remainder method). Zero or empty weights give equal parts.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) return [];
  if (total.minor < 0) {
    return allocate(money(-total.minor, total.currency), weights).map((m) =>
      money(-m.minor, m.currency),
    );
  }
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const weightSum = clean.reduce((a, b) => a + b, 0);
  const shares =
    weightSum > 0 ? clean.map((w) => w / weightSum) : clean.map(() => 1 / clean.length);
  const exact = shares.map((s) => s * total.minor);
  const parts = exact.map(Math.floor);
  let rest = total.minor - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest -= 1) {
    const slot = order[k]!.i;
    parts[slot] = parts[slot]! + 1;
  }
  return parts.map((p) => money(p, total.currency));
}

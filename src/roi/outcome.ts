/**
 * Results that can be refused instead of thrown: the UI shows the message and carries on,
 * because a typo in a money field or a second currency must never crash a page.
 */
export const PARSE_CODES = [
  'empty',
  'badChar',
  'twoDecimals',
  'groupAfterDecimal',
  'ambiguousGroup',
  'tooManyDecimals',
  'notWhole',
  'tooLarge',
  'belowMin',
  'aboveMax',
] as const;
export type ParseCode = (typeof PARSE_CODES)[number];

/** `code` + `subs` feed the UI's `t(\`roi_err_${code}\`, subs)`; `message` is the English text. */
export type MoneyError =
  | {
      kind: 'mixed-currency';
      code: 'mixedCurrency';
      subs: string[];
      currencies: string[];
      message: string;
    }
  | { kind: 'parse'; code: ParseCode; subs: string[]; input: string; message: string }
  | { kind: 'too-large'; code: 'tooLarge'; subs: string[]; message: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: MoneyError };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function mixedCurrency(currencies: Iterable<string>): Outcome<never> {
  const list = [...new Set(currencies)].sort();
  return {
    ok: false,
    error: {
      kind: 'mixed-currency',
      code: 'mixedCurrency',
      subs: [list.join(', ')],
      currencies: list,
      message: `Amounts in different currencies (${list.join(', ')}) are not added up; enter them in one currency.`,
    },
  };
}

/** A total beyond what integer minor units hold exactly (about 90 trillion dollars). */
export function tooLarge(): Outcome<never> {
  const message = 'The total is too large to add up exactly.';
  return { ok: false, error: { kind: 'too-large', code: 'tooLarge', subs: [], message } };
}

export function parseError(
  input: string,
  code: ParseCode,
  subs: string[],
  message: string,
): Outcome<never> {
  return { ok: false, error: { kind: 'parse', code, subs, input, message } };
}

/** Why a figure cannot be computed; the UI shows "n/a" with this reason, never Infinity/NaN. */
export const NA_REASONS = [
  'noCost',
  'zeroCost',
  'mixedCurrency',
  'commissionNeedsRevenue',
  'incompleteManagementTime',
  'noImpressions',
  'zeroImpressions',
  'noEngagements',
  'zeroEngagements',
  'noClicks',
  'zeroClicks',
  'noConversions',
  'zeroConversions',
  'noRevenue',
  'noGrossProfit',
  'noFollowers',
  'noEngagementRate',
  'noReach',
  'zeroReach',
  'noPrice',
  'tooLarge',
] as const;
export type NaReason = (typeof NA_REASONS)[number];

/** `subs` carries details for the message, e.g. the currencies that were refused. */
export type NA = { kind: 'n/a'; reason: NaReason; subs?: string[] };

/** A computed figure: money per unit in major units (unrounded: a CPE of $0.053 matters), or a plain ratio. */
export type Metric =
  { kind: 'money'; value: number; currency: string } | { kind: 'ratio'; value: number } | NA;

export function na(reason: NaReason, subs?: string[]): NA {
  return subs ? { kind: 'n/a', reason, subs } : { kind: 'n/a', reason };
}

/** n/a because amounts in several currencies met; subs[0] lists them ("EUR, USD"). */
export function mixedNa(currencies: Iterable<string>): NA {
  return na('mixedCurrency', [[...new Set(currencies)].sort().join(', ')]);
}

/** The n/a a refused sum stands for. */
export function naOf(error: MoneyError): NA {
  return error.kind === 'mixed-currency' ? na('mixedCurrency', error.subs) : na('tooLarge');
}

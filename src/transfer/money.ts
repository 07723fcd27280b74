/**
 * Quoted rates are stored in minor units (cents) and written in major units (12.5 USD),
 * which is what a marketer reads. The currency's own number of decimals comes from Intl
 * (JPY 0, USD 2, BHD 3). Exact for amounts below 10^13 minor units.
 */
const digitsCache = new Map<string, number>();

function fractionDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** fractionDigits(currency);
}

export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** fractionDigits(currency));
}

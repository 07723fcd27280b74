const digitsCache = new Map<string, number>();

/** Minor-unit digits of a currency (USD 2, JPY 0, BHD 3), from the platform's Intl data. */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });
    digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** The symbols a locale writes for a currency ("$", "US$", "€"), so typed amounts may include them. */
export function currencySymbols(currency: string, locale: string): string[] {
  const symbols = new Set<string>();
  for (const display of ['symbol', 'narrowSymbol', 'code'] as const) {
    const parts = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: display,
    }).formatToParts(1);
    for (const p of parts) if (p.type === 'currency') symbols.add(p.value);
  }
  return [...symbols].sort((a, b) => b.length - a.length);
}

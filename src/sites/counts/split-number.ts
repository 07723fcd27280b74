// Where a written number's integer digits end and its fraction begins, in any locale's
// grouping ("1,234.5", "1.234,5", "12,34,567", "1٫5").

/** Integer and fraction digits, deciding which separator is the decimal one. */
export function splitNumber(
  num: string,
  hasUnit: boolean,
  decimal: string,
): { int: string; frac: string } | null {
  const seps = num.match(/\D/g) ?? [];
  const groups = num.split(/\D/);
  const last = seps[seps.length - 1];
  let frac = '';
  if (
    last !== undefined &&
    isDecimal(last, seps, groups[groups.length - 1] ?? '', hasUnit, decimal)
  ) {
    frac = groups.pop() ?? '';
    seps.pop();
  }
  // Grouping: 3-digit groups, or Indian 2-digit groups before the last 3 ("12,34,567").
  for (let i = 1; i < groups.length; i++) {
    const len = groups[i]?.length ?? 0;
    if (len !== 3 && !(len === 2 && i < groups.length - 1)) return null;
  }
  return { int: groups.join(''), frac };
}

function isDecimal(
  sep: string,
  seps: string[],
  digits: string,
  hasUnit: boolean,
  decimal: string,
): boolean {
  if (sep === '\u066b') return true;
  if (sep !== '.' && sep !== ',') return false;
  if (seps.indexOf(sep) !== seps.length - 1) return false; // repeated: grouping ("1.234.567")
  if (seps.length > 1) return true; // another separator grouped before it ("1,234.5")
  if (digits.length !== 3) return true; // "1.5", "12,34"
  return hasUnit && sep === decimal; // "1,234 Mio." in German; "1.234" alone is 1234
}

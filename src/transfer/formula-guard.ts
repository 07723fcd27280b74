/**
 * Formula-injection guard (OWASP "CSV Injection"), reversible so round trips stay lossless.
 *
 * Rule: a TEXT cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read
 * as a formula (or the start of one) by Excel, Google Sheets and LibreOffice; it gets one
 * leading apostrophe, which every spreadsheet then shows as plain text. A text cell that
 * already starts with an apostrophe gets one more, so that import can remove exactly one
 * leading apostrophe from every text cell that has one and get the original back.
 *
 * Number cells are never guarded: `-0.5` written from a number column stays a number.
 */
/**
 * Also guarded (all found by attacking the export): a trigger behind leading spaces, NBSP or
 * zero-width characters (" =1+1": Calc evaluates it with "Trim spaces" on), the fullwidth
 * signs "＝＋－＠" and the minus sign "−", which spreadsheets read as their ASCII twins.
 */
const FORMULA = /^[\t\r']|^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\u2212]/;
/**
 * Text a spreadsheet would silently retype as a number or a date: "007" (→ 7), "1/2"
 * (→ 1 Feb), "(5)" (→ -5), "12%", "1,234". The same apostrophe keeps it text, and the import
 * removes it again, so the value comes back exactly after a save in the spreadsheet.
 */
const RETYPED =
  /^\s*(?:[-+]?[\d.,]*\d[\d.,]*%?|\(\s*\d[\d.,]*\s*\)|\d{1,4}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{1,4})?|\d+\s+\d+\/\d+)\s*$/;

const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/** The CSV writer runs this on every text cell: most start with a letter and stop at once. */
export function needsGuard(text: string): boolean {
  if (text === '' || isAsciiLetter(text.charCodeAt(0))) return false;
  return FORMULA.test(text) || RETYPED.test(text);
}

export function guardText(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** The exact inverse of `guardText` for text cells. */
export function unguardText(cell: string): string {
  return cell.charCodeAt(0) === 0x27 ? cell.slice(1) : cell;
}

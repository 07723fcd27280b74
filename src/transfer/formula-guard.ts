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
const EQUALS = 0x3d;
const PLUS = 0x2b;
const MINUS = 0x2d;
const AT = 0x40;
const TAB = 0x09;
const CR = 0x0d;
const APOSTROPHE = 0x27;

/** A character test, not a regex: the CSV writer runs it on every text cell. */
export function needsGuard(text: string): boolean {
  const first = text.charCodeAt(0);
  return (
    first === EQUALS ||
    first === PLUS ||
    first === MINUS ||
    first === AT ||
    first === TAB ||
    first === CR ||
    first === APOSTROPHE
  );
}

export function guardText(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** The exact inverse of `guardText` for text cells. */
export function unguardText(cell: string): string {
  return cell.charCodeAt(0) === APOSTROPHE ? cell.slice(1) : cell;
}

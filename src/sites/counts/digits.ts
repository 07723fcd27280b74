/**
 * Text clean-up shared by the count and time parsers: native digits become ASCII digits,
 * the many space characters become one plain space, direction marks disappear.
 * Native digits are Unicode's decimal digits (\p{Nd}, which come in runs of ten from zero)
 * plus Han decimal digits, the same set Intl formats in every numbering system it knows
 * (test/sites/counts/native-digits.test.ts checks it) — worked out per character as met,
 * instead of a table built from ~100 Intl formatters on a cold page.
 */
const HAN_DIGITS = '〇一二三四五六七八九';
const ND = /\p{Nd}/u;
const NATIVE_DIGIT = /(?![0-9])\p{Nd}|[〇一二三四五六七八九]/gu;
const digits = new Map<string, string>();

/** The ASCII digit for a native one: its distance from the start of its run of ten. */
export function digitOf(ch: string): string {
  let d = digits.get(ch);
  if (d === undefined) {
    const han = HAN_DIGITS.indexOf(ch);
    if (han >= 0) d = String(han);
    else if (!ND.test(ch)) d = ch;
    else {
      const code = ch.codePointAt(0)!;
      let start = code;
      while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
      d = String((code - start) % 10);
    }
    digits.set(ch, d);
  }
  return d;
}

// Direction marks, zero-width characters and soft hyphens that sites sprinkle into counts.
const INVISIBLE = /[\u200b-\u200f\u061c\u2066-\u2069\u00ad\ufeff]/g;
// Every space a site or Intl puts between digits or before a unit (NBSP, narrow NBSP, thin…).
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * NFKC first (fullwidth "１２Ｋ", mathematical bold "𝟏𝟐𝐊" and other styled forms become plain),
 * then ASCII digits, single plain spaces, no invisible marks; other characters unchanged.
 */
export function normalizeText(text: string): string {
  let out = ASCII_ONLY.test(text) ? text : text.normalize('NFKC');
  out = out.replace(INVISIBLE, '').replace(SPACES, ' ');
  if (!ASCII_ONLY.test(out)) out = out.replace(NATIVE_DIGIT, digitOf);
  return out;
}

/** Lower-cased, trailing dots and spaces dropped: "Mio." and "mio" are one key. */
export function unitKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s.]+$/u, '')
    .trim();
}

/**
 * Text clean-up shared by the count and time parsers: native digits become ASCII digits,
 * the many space characters become one plain space, direction marks disappear.
 * The digit table comes from Intl (every numbering system the browser knows), not a hand list.
 */
let digitMap: Map<string, string> | null = null;

function buildDigitMap(): Map<string, string> {
  const map = new Map<string, string>();
  const systems = Intl.supportedValuesOf?.('numberingSystem') ?? [];
  for (const ns of systems) {
    if (ns === 'latn') continue;
    try {
      const nf = new Intl.NumberFormat('en', { numberingSystem: ns, useGrouping: false });
      for (let d = 0; d < 10; d++) {
        const glyph = nf.format(d);
        // Algorithmic systems (Roman, Han "hans"…) do not map one glyph to one digit: skip them.
        if ([...glyph].length === 1 && glyph !== String(d)) map.set(glyph, String(d));
      }
    } catch {
      // A numbering system this engine lists but cannot format: nothing to learn from it.
    }
  }
  return map;
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
  if (!ASCII_ONLY.test(out)) {
    digitMap ??= buildDigitMap();
    const map = digitMap;
    let mapped = '';
    for (const ch of out) mapped += map.get(ch) ?? ch;
    out = mapped;
  }
  return out;
}

/** Lower-cased, trailing dots and spaces dropped: "Mio." and "mio" are one key. */
export function unitKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s.]+$/u, '')
    .trim();
}

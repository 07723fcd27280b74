/**
 * A cheap Unicode-script pre-check: one pass over the characters through a 64K lookup table.
 * Scripts used by a single language give the language outright (Hangul → Korean); shared
 * scripts (Latin, Cyrillic, Arabic, Devanagari) need the language detector. Also counts
 * letters and spots emoji, so emoji-only comments need no regex.
 */
export const Script = {
  None: 0,
  Latin: 1,
  Cyrillic: 2,
  Arabic: 3,
  Devanagari: 4,
  Unique: 5,
} as const;
export type Script = (typeof Script)[keyof typeof Script];

const EMOJI = 6;
/** Single-language scripts: [first, last, ISO 639-3 as franc names it]. */
const UNIQUE: readonly (readonly [number, number, string])[] = [
  [0x0370, 0x03ff, 'ell'],
  [0x0530, 0x058f, 'hye'],
  [0x0590, 0x05ff, 'heb'],
  [0x0980, 0x09ff, 'ben'],
  [0x0a00, 0x0a7f, 'pan'],
  [0x0a80, 0x0aff, 'guj'],
  [0x0b80, 0x0bff, 'tam'],
  [0x0c00, 0x0c7f, 'tel'],
  [0x0c80, 0x0cff, 'kan'],
  [0x0d00, 0x0d7f, 'mal'],
  [0x0d80, 0x0dff, 'sin'],
  [0x0e00, 0x0e7f, 'tha'],
  [0x1000, 0x109f, 'mya'],
  [0x10a0, 0x10ff, 'kat'],
  [0x1100, 0x11ff, 'kor'],
  [0x1200, 0x137f, 'amh'],
  [0x3040, 0x30ff, 'jpn'],
  [0x3130, 0x318f, 'kor'],
  [0x3400, 0x4dbf, 'cmn'],
  [0x4e00, 0x9fff, 'cmn'],
  [0xac00, 0xd7af, 'kor'],
];
const UNIQUE_LANGS = [...new Set(UNIQUE.map((u) => u[2]))];
const FIRST_UNIQUE = 7;

/** Class of every UTF-16 code unit: 0 other, 1–4 shared scripts, 6 emoji, 7+ a unique language. */
const CLASS = (() => {
  const t = new Uint8Array(0x10000);
  const fill = (lo: number, hi: number, v: number) => t.fill(v, lo, hi + 1);
  for (let c = 0x41; c <= 0x7a; c++) if (c <= 0x5a || c >= 0x61) t[c] = Script.Latin;
  fill(0xc0, 0x24f, Script.Latin);
  t[0xd7] = t[0xf7] = 0;
  fill(0x1e00, 0x1eff, Script.Latin);
  fill(0x0400, 0x052f, Script.Cyrillic);
  fill(0x0600, 0x06ff, Script.Arabic);
  fill(0x0750, 0x077f, Script.Arabic);
  fill(0x0900, 0x097f, Script.Devanagari);
  for (const [lo, hi, lang] of UNIQUE) fill(lo, hi, FIRST_UNIQUE + UNIQUE_LANGS.indexOf(lang));
  fill(0x0300, 0x036f, Script.Latin); // combining accents keep a word whole
  for (const [lo, hi] of [
    [0x2300, 0x23ff],
    [0x2600, 0x27bf],
    [0x2b00, 0x2bff],
    [0xd83c, 0xd83e],
  ]) {
    fill(lo!, hi!, EMOJI);
  }
  return t;
})();

/** Letters (of any script) and combining marks make words; everything else separates them. */
export function isWordChar(c: number): boolean {
  const k = CLASS[c]!;
  return k !== 0 && k !== EMOJI;
}

export interface ScriptFacts {
  script: Script;
  /** For Script.Unique: the language. */
  lang: string | null;
  letters: number;
  emoji: boolean;
}

export function scriptOf(text: string): ScriptFacts {
  let latin = 0,
    cyr = 0,
    arab = 0,
    deva = 0,
    uniq = 0,
    emoji = false,
    kana = false;
  let lang = -1;
  for (let i = 0; i < text.length; i++) {
    const k = CLASS[text.charCodeAt(i)]!;
    if (k === 0) continue;
    if (k === Script.Latin) latin++;
    else if (k === EMOJI) emoji = true;
    else if (k === Script.Cyrillic) cyr++;
    else if (k === Script.Arabic) arab++;
    else if (k === Script.Devanagari) deva++;
    else {
      uniq++;
      const l = UNIQUE_LANGS[k - FIRST_UNIQUE];
      if (l === 'jpn') kana = true;
      else if (lang < 0 || UNIQUE_LANGS[lang] === 'cmn') lang = k - FIRST_UNIQUE;
    }
  }
  const letters = latin + cyr + arab + deva + uniq;
  let script: Script = Script.None;
  const max = Math.max(latin, cyr, arab, deva, uniq);
  if (max > 0) {
    if (max === uniq) script = Script.Unique;
    else if (max === latin) script = Script.Latin;
    else if (max === cyr) script = Script.Cyrillic;
    else if (max === arab) script = Script.Arabic;
    else script = Script.Devanagari;
  }
  const uniqueLang = kana ? 'jpn' : lang >= 0 ? UNIQUE_LANGS[lang]! : null;
  return { script, lang: script === Script.Unique ? uniqueLang : null, letters, emoji };
}

import { normalizeText, unitKey } from './digits';

/**
 * Compact-number units per locale ("K", "Mio.", "万", "elfu …"), learned from
 * Intl.NumberFormat({notation: 'compact'}) over powers of ten and cached per locale,
 * so every locale the browser knows is covered without a hand-written list.
 * A form is keyed "prefix#suffix": most locales only have a suffix ("#k"), a few put the
 * unit first (Swahili "elfu #", Sinhala "ද#") or both (Burmese "ဋေ # ထ").
 */
export interface CompactTable {
  /** Keys as shown (case and the space before the unit kept): Tongan "m" ≠ "M". */
  exact: Map<string, number>;
  /** Lower-cased keys without spaces, for text that differs only in case or spacing. */
  loose: Map<string, number>;
  /** The locale's decimal separator after normalisation ("," in de, "." in en). */
  decimal: string;
  hasPrefix: boolean;
  /** Forms without digits: French and Italian long "mille" is 1,000. */
  phrases: Map<string, number>;
}

const cache = new Map<string, CompactTable>();
// Several plural forms and endings: Filipino adds "na" after some numbers ("9.9 na libo").
const SAMPLES = [1, 2, 3, 5, 1.5, 9.9];

export function patternKey(prefix: string, suffix: string, loose: boolean): string {
  const pre = loose ? unitKey(prefix).replace(/ /g, '') : prefix.trim();
  const suf = loose ? unitKey(suffix).replace(/ /g, '') : suffix.replace(/[\s.]+$/u, '');
  return `${pre}#${suf}`;
}

function learn(table: CompactTable, nf: Intl.NumberFormat): void {
  for (let e = 3; e <= 15; e++) {
    for (const s of SAMPLES) {
      const sample = s * 10 ** e;
      const parts = nf.formatToParts(sample);
      if (!parts.some((p) => p.type === 'compact')) continue;
      if (!parts.some((p) => p.type === 'integer')) {
        table.phrases.set(unitKey(normalizeText(parts.map((p) => p.value).join(''))), sample);
        continue;
      }
      let shown = '';
      let prefix = '';
      let suffix = '';
      let seenNumber = false;
      for (const p of parts) {
        if (p.type === 'integer' || p.type === 'fraction') {
          shown += p.value;
          seenNumber = true;
        } else if (p.type === 'decimal') shown += '.';
        else if (p.type !== 'group') {
          if (seenNumber) suffix += p.value;
          else prefix += p.value;
        }
      }
      const multiplier = Math.round(sample / Number(normalizeText(shown)));
      if (!Number.isFinite(multiplier) || multiplier < 10) continue;
      const exactKey = patternKey(normalizeText(prefix), normalizeText(suffix), false);
      const looseKey = patternKey(normalizeText(prefix), normalizeText(suffix), true);
      if (!table.exact.has(exactKey)) table.exact.set(exactKey, multiplier);
      if (!table.loose.has(looseKey)) table.loose.set(looseKey, multiplier);
      if (prefix.trim()) table.hasPrefix = true;
    }
  }
}

/**
 * English, as Intl teaches it (test/sites/compact-english.test.ts checks they agree): the
 * default and every page's fallback, so an English page never builds a compact formatter
 * (≈150 formatToParts calls and ICU's compact data, tens of ms on a cold page).
 */
const ENGLISH_UNITS: readonly (readonly [string, number])[] = [
  ['K', 1e3],
  ['M', 1e6],
  ['B', 1e9],
  ['T', 1e12],
  [' thousand', 1e3],
  [' million', 1e6],
  [' billion', 1e9],
  [' trillion', 1e12],
];
const ENGLISH_LOCALES = new Set(['en', 'en-US']);

function englishTable(): CompactTable {
  const table = emptyTable();
  for (const [unit, multiplier] of ENGLISH_UNITS) {
    table.exact.set(patternKey('', unit, false), multiplier);
    table.loose.set(patternKey('', unit, true), multiplier);
  }
  return table;
}

/** The table for a locale (falls back to English for an unknown or malformed tag). */
export function compactTable(locale = 'en'): CompactTable {
  const hit = cache.get(locale);
  if (hit) return hit;
  const table = ENGLISH_LOCALES.has(locale) ? englishTable() : learnedTable(locale);
  cache.set(locale, table);
  return table;
}

/** The table Intl teaches for a locale, built once per locale a page actually shows. */
export function learnedTable(locale: string): CompactTable {
  try {
    const plain = new Intl.NumberFormat(locale).formatToParts(1.5);
    const decimal = normalizeText(plain.find((p) => p.type === 'decimal')?.value ?? '.');
    const table = { ...emptyTable(), decimal };
    for (const compactDisplay of ['short', 'long'] as const) {
      learn(
        table,
        new Intl.NumberFormat(locale, {
          notation: 'compact',
          compactDisplay,
          numberingSystem: 'latn',
        }),
      );
    }
    return table;
  } catch {
    return locale === 'en' ? emptyTable() : compactTable('en');
  }
}

function emptyTable(): CompactTable {
  return { exact: new Map(), loose: new Map(), decimal: '.', hasPrefix: false, phrases: new Map() };
}

import { normalizeText, unitKey } from './digits';
import { ENGLISH_TIME_LOCALES, ENGLISH_TIME_PHRASES, ENGLISH_TIME_WORDS } from './relative-english';

/**
 * "5 min", "2 d", "3 weeks ago", "vor 2 Std.", "hace 3 días", "3日前" → a time before `now`.
 * Unit words come from Intl.RelativeTimeFormat (long, short and narrow styles, several plural
 * forms) for the page's locale, plus the sites' own short forms. Sites round down ("2d" is
 * 48–72 h ago), so the range runs from one unit earlier up to the shown time.
 */
export interface ParsedTime {
  at: Date;
  low: Date;
  high: Date;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 1000],
  ['minute', MINUTE],
  ['hour', 60 * MINUTE],
  ['day', DAY],
  ['week', 7 * DAY],
  ['month', 30.44 * DAY],
  ['year', 365.25 * DAY],
];
// Sites' short forms Intl does not give for every locale (Instagram "2 Std.", TikTok "3w").
const SHORT_FORMS: Readonly<Record<string, number>> = {
  s: 1000,
  sec: 1000,
  secs: 1000,
  m: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  h: 3600_000,
  hr: 3600_000,
  hrs: 3600_000,
  std: 3600_000,
  d: DAY,
  t: DAY,
  tg: DAY,
  w: 7 * DAY,
  wk: 7 * DAY,
  wks: 7 * DAY,
  wo: 7 * DAY,
  sem: 7 * DAY,
  mo: 30.44 * DAY,
  y: 365.25 * DAY,
  yr: 365.25 * DAY,
  j: 365.25 * DAY,
  a: 365.25 * DAY,
};
const SAMPLES = [1, 2, 3, 5, 11, 21, 100];

export interface TimeTable {
  /** Unit words, longest first, so "mo" wins over "m" and "min" over "m". */
  words: ReadonlyArray<readonly [string, number]>;
  /** Phrases without a number: "yesterday", "last week", "now". */
  phrases: Map<string, number>;
}

const tables = new Map<string, TimeTable>();

function commonEnds(list: string[]): [number, number] {
  const first = list[0] ?? '';
  let pre = first.length;
  let suf = first.length;
  for (const s of list) {
    let i = 0;
    while (i < pre && s[i] === first[i]) i++;
    pre = i;
    let j = 0;
    while (j < suf && s[s.length - 1 - j] === first[first.length - 1 - j]) j++;
    suf = j;
  }
  return [pre, suf];
}

/** The unit words and phrases Intl teaches for `locale`, in the order met. */
function intlTimeWords(locale: string): {
  words: Map<string, number>;
  phrases: Map<string, number>;
} {
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  for (const style of ['long', 'short', 'narrow'] as const) {
    const rtf = new Intl.RelativeTimeFormat(locale, { style, numeric: 'always' });
    for (const n of SAMPLES) {
      const shown = UNITS.map(([unit]) =>
        normalizeText(
          rtf
            .formatToParts(-n, unit)
            .map((p) => (p.type === 'integer' ? '#' : p.value))
            .join(''),
        ),
      );
      const [pre, suf] = commonEnds(shown);
      shown.forEach((s, i) => {
        const word = unitKey(s.slice(pre, s.length - suf).replace(/#/g, '')).replace(
          /^[\s.-]+/,
          '',
        );
        const ms = UNITS[i]?.[1];
        if (word && ms && !words.has(word)) words.set(word, ms);
      });
    }
    const auto = new Intl.RelativeTimeFormat(locale, { style, numeric: 'auto' });
    phrases.set(unitKey(normalizeText(auto.format(0, 'second'))), 0);
    for (const [unit, ms] of UNITS) phrases.set(unitKey(normalizeText(auto.format(-1, unit))), ms);
  }
  return { words, phrases };
}

/** Intl's words completed with the sites' short forms, longest first. */
function completed(words: Map<string, number>, phrases: Map<string, number>): TimeTable {
  for (const [word, ms] of Object.entries(SHORT_FORMS)) if (!words.has(word)) words.set(word, ms);
  return { words: [...words].sort((a, b) => b[0].length - a[0].length), phrases };
}

/** The English words as written out in relative-english.ts ("word:unit" by unit index). */
export function englishTimeTable(): TimeTable {
  const decode = (list: string) =>
    new Map(
      list.split('|').map((pair): [string, number] => {
        const [word = '', unit = ''] = pair.split(':');
        return [word, unit === 'now' ? 0 : (UNITS[Number(unit)]?.[1] ?? 0)];
      }),
    );
  return completed(decode(ENGLISH_TIME_WORDS), decode(ENGLISH_TIME_PHRASES));
}

/** What Intl teaches for `locale`, completed (the test checks English against it). */
export function learnTimeTable(locale: string): TimeTable {
  const { words, phrases } = intlTimeWords(locale);
  return completed(words, phrases);
}

function table(locale: string): TimeTable {
  let t = tables.get(locale);
  if (!t) {
    try {
      t = ENGLISH_TIME_LOCALES.has(locale) ? englishTimeTable() : learnTimeTable(locale);
    } catch {
      t = locale === 'en' ? { words: [], phrases: new Map() } : table('en');
    }
    tables.set(locale, t);
  }
  return t;
}

// Labels repeat across re-reads ("2 days ago" × hundreds): remember [count, unit ms] per label.
const labels = new Map<string, [number, number] | null>();

/** The time a relative label points to, or null when the text is not one. */
export function parseRelativeTime(text: string, now: Date, locale?: string): ParsedTime | null {
  if (typeof text !== 'string' || !text || !Number.isFinite(now.getTime())) return null;
  const key = `${locale ?? ''}\u0001${text}`;
  let known = labels.get(key);
  if (known === undefined) {
    if (labels.size >= 4000) labels.clear();
    known = countAndUnit(text, locale);
    labels.set(key, known);
  }
  if (!known) return null;
  const [n, unitMs] = known;
  const high = now.getTime() - n * unitMs;
  // "now" and "5 s" are exact enough; any other label may be up to one unit older.
  const low = high - (n === 0 ? 0 : unitMs);
  return { at: new Date(high), low: new Date(low), high: new Date(high) };
}

function countAndUnit(text: string, locale?: string): [number, number] | null {
  const s = unitKey(normalizeText(text.slice(0, 80)));
  const t = table(locale || 'en');
  const match = /\d+/.exec(s);
  let n: number;
  let unitMs: number | undefined;
  if (!match) {
    unitMs = t.phrases.get(s);
    n = unitMs === 0 ? 0 : 1;
  } else {
    n = Number(match[0]);
    const after = s.slice(match.index + match[0].length).trimStart();
    const before = s.slice(0, match.index).trimEnd();
    unitMs =
      t.words.find(([w]) => after.startsWith(w))?.[1] ??
      (before ? t.words.find(([w]) => before.endsWith(w))?.[1] : undefined);
  }
  return unitMs === undefined || n > 100_000 ? null : [n, unitMs];
}

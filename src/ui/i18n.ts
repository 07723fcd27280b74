import base from '../../public/_locales/en/messages.json';
import { localMessage, uiLanguage } from '../platform/i18n';

type Catalogue = Record<string, { message: string; description?: string }>;

// Each UI folder (and the saved reports, src/report) keeps its own strings in messages.en.json;
// the build merges them into _locales/en/messages.json, and this fallback merges them the same way.
const parts = import.meta.glob<Catalogue>(['./**/messages.en.json', '../report/messages.en.json'], {
  eager: true,
  import: 'default',
});
const english: Catalogue = Object.assign({}, base as Catalogue, ...Object.values(parts));

/** English from the bundled catalogue, used when the browser has no string (tests, new keys). */
function fallback(key: string, subs: string[] = []): string {
  const text = english[key]?.message ?? key;
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** A UI string by key; `subs` fill $1, $2… in order. */
export function t(key: string, subs?: string[]): string {
  return localMessage(key, subs) || fallback(key, subs);
}

/** Nouns that take a count: "1 post", "12 posts". Their messages are `count_<noun>_one|_other`. */
export type Counted = 'post' | 'video' | 'comment' | 'creator' | 'problem' | 'number' | 'warning';

/** A count with its noun, in the right number ("1 creator", "10,000 creators"). */
export function countOf(n: number, noun: Counted): string {
  return t(`count_${noun}_${n === 1 ? 'one' : 'other'}`, [formatNumber(n)]);
}

const numberFormats = new Map<number, Intl.NumberFormat>();
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, format);
  }
  return format.format(value);
}

/**
 * One percentage format everywhere: one decimal, two below 1% (so 0.4% and 0.04% differ).
 * `digits` is for the rare figure that needs another precision.
 */
export function formatPercent(fraction: number, digits?: number): string {
  const shown = digits ?? (Math.abs(fraction) < 0.01 && fraction !== 0 ? 2 : 1);
  return `${formatNumber(fraction * 100, shown)}%`;
}

/**
 * Builds the number and date formats the pages' first screens use (counts, percentages, the
 * medium date). The popup and the shortlist call it while they wait for the database and the
 * tab, so their first render does not build them: the first format of a page's process loads
 * the locale's ICU data (25 ms measured under load), and each later one still costs a little.
 */
export function warmFormats(): void {
  for (const digits of [0, 1, 2]) formatNumber(0, digits);
  formatDate('2026-01-01');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A date in the user's locale ("30 Nov 2026", "30.11.2026"); the input if it is no date. */
export function formatDate(iso: string, style: 'medium' | 'short' = 'medium'): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(style);
  if (!format) {
    format = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: style });
    dateFormats.set(style, format);
  }
  return format.format(date);
}

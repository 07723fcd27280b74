import base from '../../public/_locales/en/messages.json';
import { localMessage, uiLanguage } from '../platform/i18n';

type Catalogue = Record<string, { message: string; description?: string }>;

// Each UI folder keeps its own strings in messages.en.json; the build merges them into
// _locales/en/messages.json, and this fallback merges them the same way.
const parts = import.meta.glob<Catalogue>('./**/messages.en.json', {
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

export type Translate = typeof t;

const numberFormats = new Map<number, Intl.NumberFormat>();
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, format);
  }
  return format.format(value);
}

export function formatPercent(fraction: number, digits = 1): string {
  return `${formatNumber(fraction * 100, digits)}%`;
}

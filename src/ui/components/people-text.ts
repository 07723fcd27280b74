import { uiLanguage } from '../../platform/i18n';
import { formatDate } from '../i18n';
import { sourceTitle } from './source-titles';

/**
 * Scoring writes its messages for the record ("17% of comments are in eng", "(000: …)",
 * "((likes + comments) ÷ 8,412 followers)"). This rewrites them at the UI edge so people read
 * names, not codes. Only scoring's own words pass through here, never scraped text.
 */
const names = new Map<string, Intl.DisplayNames | null>();
function displayNames(type: 'language' | 'region'): Intl.DisplayNames | null {
  let d = names.get(type);
  if (d === undefined) {
    try {
      d = new Intl.DisplayNames([uiLanguage()], { type, fallback: 'none' });
    } catch {
      d = null;
    }
    names.set(type, d);
  }
  return d;
}

/** "deu" → "German", "pt-BR" → "Brazilian Portuguese", in the UI language; the code if unknown. */
function languageName(code: string): string {
  try {
    return displayNames('language')?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "US" → "United States", in the UI language; the code if unknown. */
function countryName(code: string): string {
  try {
    return displayNames('region')?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const list = (parts: string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(uiLanguage(), { type }).format(parts);

const LANG_CODES = /\b(in|detected:|language:)\s+([a-z]{2,3}(?:\/[a-z]{2,3})*)\b/g;
const LANG_LIST = /\b(Comment languages:)\s+((?:[a-z]{2,3} \d+%(?:, )?)+)/g;
const COUNTRY_CODES = /\bis in ([A-Z]{2}(?:, [A-Z]{2})*)\b/g;

export function peopleText(text: string, labels: Record<string, string> = {}): string {
  return text
    .replace(/\((\d{3}): /g, (_, seed: string) => `(${sourceTitle(`seed ${seed}`)}: `)
    .replace(/\((\d{3})\)/g, (_, seed: string) => `(${sourceTitle(`seed ${seed}`)})`)
    .replace(/\bseed (\d{3})\b/g, (_, seed: string) => sourceTitle(`seed ${seed}`))
    .replace(LANG_CODES, (whole, lead: string, codes: string) => {
      const named = codes.split('/').map(languageName);
      return named.some((n, i) => n === codes.split('/')[i])
        ? whole
        : `${lead} ${list(named, 'disjunction')}`;
    })
    .replace(
      LANG_LIST,
      (_, lead: string, body: string) =>
        `${lead} ${body.replace(/\b([a-z]{2,3}) (\d+%)/g, (_w, c: string, p: string) => `${languageName(c)} ${p}`)}`,
    )
    .replace(
      COUNTRY_CODES,
      (_, codes: string) => `is in ${list(codes.split(', ').map(countryName), 'conjunction')}`,
    )
    .replace(/\b(\d{4}-\d{2}-\d{2})(?:T[\d:.]+Z?)?\b/g, (iso: string) => formatDate(iso))
    .replace(
      /\(\(([^()]*)\)\s*([^()]*)\)/g,
      (_, inner: string, rest: string) => `(${inner.replace(' + ', ' and ')} ${rest})`,
    )
    .replace(/engagement-rate calculator/g, 'engagement rate calculator')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, (id) => labels[id] ?? id)
    .replace(NESTED, flatten);
}

/** "(A (B) C)" reads as "(A – B – C)": one level of parentheses, never two. */
export const NESTED = /\(([^()]*)\(([^()]*)\)([^()]*)\)/g;
export function flatten(_: string, a: string, b: string, c: string): string {
  const inner = b.replace(/^"(.*)"$/, '“$1”');
  const tail = c.trim() ? ` – ${c.trim()}` : '';
  return a.trim() ? `(${a.trim()} ${inner}${tail})` : `(${inner}${tail})`;
}

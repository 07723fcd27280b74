// Real-looking count strings in many locales, as the three sites show them: compact forms
// from Intl (what the sites' own formatters produce), grouped exact counts, and forms typed by
// hand into bios and captions. Every string is distinct, so the parser's cache never answers.
import { logInt, mulberry32, pick as pickFrom } from './random';

const LOCALES = [
  'en',
  'en-GB',
  'en-IN',
  'de',
  'es',
  'pt-BR',
  'fr',
  'it',
  'tr',
  'ru',
  'pl',
  'nl',
  'sv',
  'ja',
  'ko',
  'zh-CN',
  'zh-TW',
  'hi',
  'id',
  'vi',
  'th',
  'ar',
  'fa',
  'he',
  'uk',
  'cs',
] as const;
const WORDS = [
  '',
  ' followers',
  ' views',
  ' likes',
  ' abonnés',
  ' Follower',
  ' seguidores',
  ' просмотров',
];
const TYPED = [
  '{n} lakh',
  '{n} crore',
  '{n}万',
  '{n}만',
  '{n}億',
  '{n} Tsd.',
  '{n} Mio.',
  '{n} mil M',
  '{n} tr',
  '{n} rb',
];

export interface CountSample {
  text: string;
  locale: string;
}

export function countSamples(n: number, seed = 7): CountSample[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => pickFrom(random, xs);
  const formats = new Map<string, Intl.NumberFormat[]>();
  const formatsOf = (locale: string) => {
    let f = formats.get(locale);
    if (!f) {
      f = [
        new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }),
        new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' }),
        new Intl.NumberFormat(locale),
      ];
      formats.set(locale, f);
    }
    return f;
  };
  const seen = new Set<string>();
  const out: CountSample[] = [];
  while (out.length < n) {
    const locale = pick(LOCALES);
    // Counts from tens to hundreds of millions, log-uniform like real follower counts.
    const value = logInt(random, 1, 8.5);
    const typed = random() < 0.1;
    const text = typed
      ? pick(TYPED).replace('{n}', (value / 10 ** Math.floor(Math.log10(value))).toFixed(1))
      : pick(formatsOf(locale)).format(value) + pick(WORDS);
    const key = `${locale}|${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text, locale });
  }
  return out;
}

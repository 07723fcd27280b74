/**
 * Compact units the sites show that Intl does not produce for the page's locale.
 * Keys are "loose" (lower-case, no spaces, no trailing dot); values are multipliers.
 * Seen on the sites: Instagram/TikTok "K"/"M" in every language, YouTube en-GB "25m",
 * German "Tsd.", Spanish "mil M", Turkish "B" (bin = thousand), Vietnamese "N/Tr/T",
 * Indian "lakh/crore", East-Asian 万/億/만/억 typed into captions and bios.
 */
const K = 1e3;
const M = 1e6;
const G = 1e9;
const T = 1e12;

/** Only for pages in that language, because they clash elsewhere ("b" is 10^3 in Turkish). */
export const LANGUAGE_FORMS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  de: { tsd: K, tausend: K, mio: M, mrd: G, bio: T },
  es: { milm: G, millm: G, milmillones: G, mm: G, k: K },
  pt: { milm: G },
  tr: { b: K, bin: K, mn: M, milyon: M, mr: G, milyar: G },
  vi: { n: K, k: K, nghìn: K, ngàn: K, tr: M, triệu: M, t: G, tỷ: G },
  id: { rb: K, ribu: K, jt: M, juta: M, m: G, miliar: G },
  it: { mila: K, mln: M, mld: G },
  fr: { k: K, md: G, mrd: G },
  ru: { тыс: K, млн: M, млрд: G, к: K, м: M },
};

/** Safe everywhere: no locale uses these letters for something else once the locale's own table missed. */
export const GLOBAL_FORMS: Readonly<Record<string, number>> = {
  k: K,
  m: M,
  b: G,
  bn: G,
  t: T,
  tn: T,
  thousand: K,
  million: M,
  billion: G,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  千: K,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  兆: T,
  천: K,
  만: 1e4,
  억: 1e8,
  조: T,
};

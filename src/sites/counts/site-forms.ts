/**
 * Compact units the sites show that Intl does not produce for the page's locale (everything
 * Intl does produce — "Mio.", "mil M", Turkish "B", Vietnamese "Tr" — comes from its tables).
 * Keys are "loose" (lower-case, no spaces, no trailing dot); values are multipliers.
 */
/** Only for pages in that language: German "Tsd.", Spanish "MM", Vietnamese "ngàn", Cyrillic "к/м". */
export const LANGUAGE_FORMS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  de: { tsd: 1e3 },
  es: { mm: 1e9 },
  vi: { ngàn: 1e3 },
  ru: { к: 1e3, м: 1e6 },
};

/** Safe on any page once its own table missed: Indian lakh/crore, East-Asian 万/億/만/억, "bn". */
export const GLOBAL_FORMS: Readonly<Record<string, number>> = {
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  bn: 1e9,
  tn: 1e12,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  兆: 1e12,
  천: 1e3,
  만: 1e4,
  억: 1e8,
  조: 1e12,
};

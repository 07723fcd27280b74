import { normalizeText, unitKey } from './digits';

/**
 * Compact units the sites show that Intl (CLDR) does not produce for the page's language, or
 * produces with another meaning. Everything Intl does produce ("Mio.", "mil M", Turkish "B")
 * comes from its own tables (compact-tables.ts); these words win over Intl's case-folded keys,
 * because YouTube's Catalan "m" is a thousand where CLDR's "M" is a million.
 *
 * SOURCE (facts, not code): YouTube's unit words per interface language as collected in
 * NewPipe Extractor's AbbreviationHelper (TeamNewPipe/NewPipeExtractor, GPL-3.0; the words
 * only), the forms measured on YouTube in issue 13 (Catalan "m"/"mM", en-GB "B", Italian
 * "Mrd", Bosnian "mlr.", lakh and crore in each Indian script, Bengali/Assamese/Odia
 * classifiers, Lao and Burmese units), and the CLDR long forms of the same languages.
 *
 * Words Intl already gives the same meaning are left out (the tables stay small in the content
 * scripts), except where a classifier may follow them. One line per language: "word=exponent" pairs; "~x" is a classifier that may follow a unit
 * ("হাজারটি" is "হাজার" + "টি"). Parsed for one language when a page in it is first read.
 */
const TABLE: Readonly<Record<string, string>> = {
  de: 'tsd=3',
  es: 'mm=9',
  ca: 'm=3 mm=6 mil=3',
  it: 'mrd=9',
  bs: 'mlr=9',
  hr: 'mlrd=9',
  sr: 'mlr=9 mlrd=9 hilj=3 mil=6',
  vi: 'ngàn=3',
  ru: 'к=3 м=6',
  hi: 'हजार=3 करोड=7',
  bn: 'হাজার=3 হা=3 লাখ=5 লা=5 কোটি=7 কো=7 ~টি ~টা',
  as: 'হাজাৰ=3 হা=3 লাখ=5 লা=5 নিযুত=6 কোটি=7 কো=7 ~টা ~টি ~জন',
  or: 'ହଜାର=3 ହ=3 ଲକ୍ଷ=5 ନି=6 କୋଟି=7 ବି=9 ~ଟି ~ଟା',
  ml: 'ലക്ഷം=5 ലക്ഷ=5 കോടി=7',
  kn: 'ಲಕ್ಷ=5 ಕೋಟಿ=7',
  ta: 'லட்சம்=5 லட்சத்து=5 கோடி=7',
  te: 'లక్ష=5 లక్షలు=5 కోటి=7 కోట్లు=7',
  si: 'දහස=3 ලක්ෂ=5',
  lo: 'ກີບ=3 ໝື່ນ=4',
  my: 'ဘီလီယံ=9',
  km: 'ម៉ឺន=4 សែន=5',
  am: 'ሜ=6',
};

/**
 * Safe on any page once the page's own words missed: Indian lakh/crore (also "K crore" and
 * "lakh crore", as en-IN writes them), East-Asian 万/億/만/억, "bn".
 */
const GLOBAL =
  'lakh=5 lakhs=5 lac=5 crore=7 crores=7 cr=7 kcrore=10 lakhcrore=12 bn=9 tn=12 ' +
  '千=3 万=4 萬=4 亿=8 億=8 兆=12 천=3 만=4 억=8 조=12';

export interface LanguageForms {
  words: ReadonlyMap<string, number>;
  /** Classifier endings to drop from a unit before looking it up again. */
  classifiers: readonly string[];
}

/** Same key as compact-tables' loose keys: normalised, lower-case, no spaces or final dots. */
export const formKey = (word: string): string => unitKey(normalizeText(word)).replace(/ /g, '');

function parse(line: string): LanguageForms {
  const words = new Map<string, number>();
  const classifiers: string[] = [];
  for (const item of line.split(' ')) {
    if (item.startsWith('~')) classifiers.push(normalizeText(item.slice(1)));
    else {
      const [word = '', exp = ''] = item.split('=');
      words.set(formKey(word), 10 ** Number(exp));
    }
  }
  return { words, classifiers };
}

const EMPTY: LanguageForms = { words: new Map(), classifiers: [] };
const cache = new Map<string, LanguageForms>();

/** The site forms of one language ("en" for "en-GB"), built on first use. */
export function languageForms(lang: string): LanguageForms {
  let forms = cache.get(lang);
  if (!forms) {
    const line = Object.hasOwn(TABLE, lang) ? TABLE[lang] : undefined;
    forms = line ? parse(line) : EMPTY;
    cache.set(lang, forms);
  }
  return forms;
}

let global: LanguageForms | null = null;
export function globalForms(): LanguageForms {
  global ??= parse(GLOBAL);
  return global;
}

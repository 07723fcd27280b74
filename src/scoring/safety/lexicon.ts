import type { BrandProfile } from '../../shared/vetting';
import { SAFETY_CATEGORIES, type SafetyCategory } from './categories';
import { termWords } from './tokens';
import de from './terms/de.json';
import en from './terms/en.json';
import es from './terms/es.json';
import fr from './terms/fr.json';
import it from './terms/it.json';
import pt from './terms/pt.json';

/** One term list file (terms/<language>.json); SOURCE.md says where each list comes from. */
export interface TermFile {
  language: string;
  name: string;
  sources: { profanity: string; default: string };
  terms: Partial<Record<SafetyCategory, string[]>>;
  negations: { before: string[]; after: string[] };
  safePhrases: string[];
}
export const TERM_FILES: readonly TermFile[] = [en, de, es, fr, pt, it];

export interface Entry {
  words: string[];
  prefix: boolean;
  category: SafetyCategory;
  /** The term as the list or the marketer wrote it, shown as evidence. */
  term: string;
  /** Where it comes from, in words: "English list (LDNOOBW…)" or "your brand profile". */
  source: string;
}

/** Terms compiled for fast lookup by their first word (exact) or first three letters (prefix). */
export interface Lexicon {
  exact: Map<string, Entry[]>;
  prefix: Map<string, Entry[]>;
  negBefore: string[][];
  negAfter: string[][];
  safe: string[][];
  /** How many terms each language contributes, after the marketer's edits. */
  counts: Record<string, number>;
}

/** The marketer's edits to the lists, from the brand profile. */
export interface SafetyEdits {
  off: readonly string[];
  added: readonly { category: string; term: string }[];
  ignored: readonly string[];
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

function add(lex: Lexicon, term: string, category: SafetyCategory, source: string): boolean {
  const parsed = termWords(term);
  if (!parsed) return false;
  const entry: Entry = { ...parsed, category, term, source };
  const first = parsed.words[0]!;
  if (parsed.prefix && parsed.words.length === 1) push(lex.prefix, first.slice(0, 3), entry);
  else push(lex.exact, first, entry);
  return true;
}

export function buildLexicon(edits: SafetyEdits, files: readonly TermFile[] = TERM_FILES): Lexicon {
  const off = new Set(edits.off);
  const ignored = new Set(edits.ignored.map((t) => termWords(t)?.words.join(' ')));
  const lex: Lexicon = {
    exact: new Map(),
    prefix: new Map(),
    negBefore: [],
    negAfter: [],
    safe: [],
    counts: {},
  };
  for (const file of files) {
    let n = 0;
    for (const category of SAFETY_CATEGORIES) {
      if (off.has(category)) continue;
      const source = `${file.name} list: ${category === 'profanity' ? file.sources.profanity : file.sources.default}`;
      for (const term of file.terms[category] ?? []) {
        if (ignored.has(termWords(term)?.words.join(' '))) continue;
        if (add(lex, term, category, source)) n++;
      }
    }
    lex.counts[file.language] = n;
    lex.negBefore.push(...file.negations.before.map((t) => termWords(t)?.words ?? []));
    lex.negAfter.push(...file.negations.after.map((t) => termWords(t)?.words ?? []));
    lex.safe.push(...file.safePhrases.map((t) => termWords(t)?.words ?? []));
  }
  let mine = 0;
  for (const { category, term } of edits.added) {
    const cat = SAFETY_CATEGORIES.find((c) => c === category);
    if (cat && !off.has(cat) && add(lex, term, cat, 'your brand profile')) mine++;
  }
  lex.counts.yours = mine;
  lex.negBefore = lex.negBefore.filter((w) => w.length);
  lex.negAfter = lex.negAfter.filter((w) => w.length);
  lex.safe = lex.safe.filter((w) => w.length);
  return lex;
}

const editsOf = (brand: Partial<BrandProfile> | undefined): SafetyEdits => ({
  off: brand?.safetyOff ?? [],
  added: brand?.safetyTerms ?? [],
  ignored: brand?.safetyIgnore ?? [],
});

/** Brand profiles are reused between scores: compile each one once. */
const cache = new WeakMap<object, Lexicon>();
let plain: Lexicon | null = null;

export function lexiconFor(brand: Partial<BrandProfile> | undefined): Lexicon {
  if (!brand) return (plain ??= buildLexicon(editsOf(undefined)));
  let lex = cache.get(brand);
  if (!lex) {
    lex = buildLexicon(editsOf(brand));
    cache.set(brand, lex);
  }
  return lex;
}

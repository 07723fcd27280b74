// How well a comment's language is told, on Leipzig Wortschatz sentences and word pairs
// (data/leipzig-languages.tsv, see data/SOURCE.md). The "fit" rows are for looking at errors
// while changing the rules; only the "test" rows are reported as the figure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { languageOf } from '../../src/scoring/signals/languages';
import { toIso3 } from '../../src/scoring/text/language';
import { stopwordLanguage } from '../../src/scoring/text/stopwords';

export interface LabelledText {
  lang: string;
  kind: 'sentence' | 'pair';
  split: 'fit' | 'test';
  text: string;
}

const FILE = path.resolve(import.meta.dirname, 'data/leipzig-languages.tsv');

export function leipzig(): LabelledText[] {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [lang, kind, split, text] = line.split('\t');
      // Malay counts as Indonesian, as the detector does (franc tells them apart poorly).
      return { lang: toIso3(lang!), kind, split, text } as LabelledText;
    });
}

export interface LanguageRow {
  split: string;
  kind: string;
  n: number;
  /** Share of texts the function words decided, and how often they were right. */
  wordsTold: number;
  wordsRight: number;
  /** The whole per-text rule (script, function words, then franc): told, and right when told. */
  told: number;
  right: number;
}

/** One row per split and kind; texts below MIN_LETTERS letters count as not told. */
export function evalLanguages(rows = leipzig()): LanguageRow[] {
  const out: LanguageRow[] = [];
  for (const split of ['fit', 'test'])
    for (const kind of ['sentence', 'pair']) {
      const set = rows.filter((r) => r.split === split && r.kind === kind);
      let wordsTold = 0,
        wordsRight = 0,
        told = 0,
        right = 0;
      for (const r of set) {
        const w = stopwordLanguage(r.text.toLowerCase());
        if (w) {
          wordsTold++;
          if (w === r.lang) wordsRight++;
        }
        const lang = languageOf(r.text, []);
        if (lang) {
          told++;
          if (lang === r.lang) right++;
        }
      }
      out.push({
        split,
        kind,
        n: set.length,
        wordsTold: wordsTold / set.length,
        wordsRight: wordsTold ? wordsRight / wordsTold : 0,
        told: told / set.length,
        right: told ? right / told : 0,
      });
    }
  return out;
}

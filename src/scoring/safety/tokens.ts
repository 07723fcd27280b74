import { foldText } from '../text/fold';

/** One word of a text: its folded form and where it sits in the original. */
export interface Token {
  word: string;
  start: number;
  end: number;
  /** Words in the same clause share a number; negations never reach across a clause. */
  clause: number;
  /** True inside quotation marks: someone else's words, a title, a song. */
  quoted: boolean;
}

// Letters, digits and marks make words; an emoji is a word of its own ("🖕" is a term).
const WORD = /[\p{L}\p{N}\p{M}]+|\p{Extended_Pictographic}/gu;
const CLAUSE_BREAK = /[.!?;,:\n\r|•·]/;
// Paired quotation marks of the languages we read; ASCII apostrophes are left out ("don't").
const QUOTED =
  /"[^"\n]{1,300}"|“[^”\n]{1,300}”|„[^“”\n]{1,300}[“”]|«[^»\n]{1,300}»|‚[^‘’\n]{1,300}[‘’]|「[^」\n]{1,300}」/gu;

/** Folded form used on both sides of a match: lower case, NFKC, no Latin accents. */
export const fold = (s: string): string => foldText(s, true);

function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length]);
}

/** The words of a text, each with its clause and whether it sits inside quotation marks. */
export function tokenize(text: string): Token[] {
  const spans = quotedSpans(text);
  const out: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (CLAUSE_BREAK.test(text.slice(last, m.index))) clause++;
    const start = m.index;
    const end = start + m[0].length;
    last = end;
    const quoted = spans.some(([a, b]) => start > a && end < b);
    out.push({ word: fold(m[0]), start, end, clause, quoted });
  }
  return out;
}

/** A term or phrase as folded words; a trailing "*" on the last word means "any ending". */
export function termWords(term: string): { words: string[]; prefix: boolean } | null {
  const trimmed = term.trim();
  const prefix = trimmed.endsWith('*');
  const words = [...fold(prefix ? trimmed.slice(0, -1) : trimmed).matchAll(WORD)].map((m) => m[0]);
  if (!words.length || (prefix && words[words.length - 1]!.length < 3)) return null;
  return { words, prefix };
}

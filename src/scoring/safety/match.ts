import type { SafetyCategory } from './categories';
import { NEGATABLE } from './categories';
import type { Entry, Lexicon } from './lexicon';
import { tokenize, type Token } from './tokens';

/** One term found in one text; offsets are in the original text, for the excerpt. */
export interface TermHit {
  category: SafetyCategory;
  term: string;
  source: string;
  start: number;
  end: number;
  /** "no alcohol", "anti-violence", "alcohol-free": shown, never counted. */
  negated: boolean;
  /** Inside quotation marks: shown, never counted. */
  quoted: boolean;
}

/** How far back a negation reaches, in words of the same clause ("without any alcohol"). */
const NEGATION_REACH = 3;

function entryLength(e: Entry, toks: readonly Token[], at: number): number {
  const n = e.words.length;
  if (at + n > toks.length) return 0;
  for (let k = 0; k < n; k++) {
    const w = toks[at + k]!.word;
    const want = e.words[k]!;
    const last = k === n - 1;
    if (last && e.prefix ? !w.startsWith(want) : w !== want) return 0;
    if (k > 0 && toks[at + k]!.clause !== toks[at]!.clause) return 0;
  }
  return n;
}

const sequenceAt = (seq: readonly string[], toks: readonly Token[], at: number): boolean =>
  at >= 0 && at + seq.length <= toks.length && seq.every((w, k) => toks[at + k]!.word === w);

/** Tokens covered by a safe phrase ("shot of espresso", "photo shoot"): no term inside counts. */
function safeCover(lex: Lexicon, toks: readonly Token[]): Uint8Array {
  const cover = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++)
    for (const seq of lex.safe) if (sequenceAt(seq, toks, i)) cover.fill(1, i, i + seq.length);
  return cover;
}

function negatedAt(lex: Lexicon, toks: readonly Token[], from: number, to: number): boolean {
  const clause = toks[from]!.clause;
  for (const seq of lex.negBefore)
    for (let j = from - seq.length; j >= from - NEGATION_REACH - seq.length + 1; j--)
      if (j >= 0 && toks[j]!.clause === clause && sequenceAt(seq, toks, j)) return true;
  return lex.negAfter.some(
    (seq) => sequenceAt(seq, toks, to) && toks[to + seq.length - 1]!.clause === clause,
  );
}

/** Every term of the lexicon in `text`, longest match first at each word, word-boundary exact. */
export function scanText(text: string, lex: Lexicon): TermHit[] {
  if (!text) return [];
  const toks = tokenize(text);
  const cover = safeCover(lex, toks);
  const hits: TermHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.word;
    const candidates = [...(lex.exact.get(w) ?? []), ...(lex.prefix.get(w.slice(0, 3)) ?? [])];
    let best: Entry | null = null;
    let len = 0;
    for (const e of candidates) {
      const n = entryLength(e, toks, i);
      if (n > len) [best, len] = [e, n];
    }
    if (!best || cover.subarray(i, i + len).some(Boolean)) continue;
    const end = i + len;
    hits.push({
      category: best.category,
      term: best.term,
      source: best.source,
      start: toks[i]!.start,
      end: toks[end - 1]!.end,
      negated: NEGATABLE.has(best.category) && negatedAt(lex, toks, i, end),
      quoted: toks[i]!.quoted,
    });
    i = end - 1;
  }
  return hits;
}

/** The words around a hit, for evidence: at most `reach` characters each side. */
export function excerptOf(text: string, hit: Pick<TermHit, 'start' | 'end'>, reach = 40): string {
  const a = Math.max(0, hit.start - reach);
  const b = Math.min(text.length, hit.end + reach);
  const s = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return `${a > 0 ? '…' : ''}${s}${b < text.length ? '…' : ''}`;
}

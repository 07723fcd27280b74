import type { Ctx } from '../context';
import { detectLanguage, MIN_LETTERS, toIso3 } from '../text/language';
import { Script, scriptOf } from '../text/script';
import { stopwordLanguage } from '../text/stopwords';
import type { CommentView } from '../context';

/**
 * How many comments franc reads per creator, among those whose function words did not settle
 * the language: franc's cost (25–170 µs a call), not the sample, sets this cap.
 */
const FRANC_SAMPLE = 3;

export interface LanguageMix {
  /** Estimated share of the language-bearing comments, by ISO 639-3 code. */
  shares: Map<string, number>;
  /** Comments whose language was actually determined. */
  sampleSize: number;
  /** Comments the shares stand for: those told, plus the look-alikes each franc answer speaks for. */
  covered: number;
  examples: Map<string, CommentView[]>;
}

export interface CreatorLanguage {
  lang: string | null;
  from: 'manual' | 'captions' | 'none';
}

const cache = new WeakMap<Ctx, { mix: LanguageMix; creator: CreatorLanguage }>();

/** Language of one text: the script alone when it tells, else function words, else franc. */
export function languageOf(text: string, extra: readonly string[]): string | null {
  const s = scriptOf(text);
  if (s.script === Script.Unique) return s.lang;
  if (s.letters < MIN_LETTERS) return null;
  return stopwordLanguage(text.toLowerCase()) ?? detectLanguage(text, s.script, extra);
}

/** Function-word language of a comment, worked out once per distinct text. */
function wordsLang(c: CommentView): string | null {
  if (c.facts.wordsLang === undefined) c.facts.wordsLang = stopwordLanguage(c.facts.key);
  return c.facts.wordsLang;
}

/** The user's languages, so franc may answer with them. */
function extras(ctx: Ctx): string[] {
  const list = ctx.brand.targetLanguages.map(toIso3);
  if (ctx.manual.creatorLanguage) list.push(toIso3(ctx.manual.creatorLanguage));
  return list;
}

/**
 * Languages of the sampled comments. Unique-script comments and sentences whose function words
 * agree are counted directly; franc reads only the FRANC_SAMPLE longest of the rest, and each
 * answer stands for its share of them. Comments too short to tell are left out.
 */
function mixOf(ctx: Ctx, extra: readonly string[]): LanguageMix {
  const counts = new Map<string, number>();
  const examples = new Map<string, CommentView[]>();
  const note = (lang: string, c: CommentView, w: number) => {
    counts.set(lang, (counts.get(lang) ?? 0) + w);
    const ex = examples.get(lang) ?? [];
    if (ex.length < 3) examples.set(lang, [...ex, c]);
  };
  let direct = 0;
  const shared: CommentView[] = [];
  for (const c of ctx.comments) {
    const lang =
      c.facts.script === Script.Unique
        ? c.facts.scriptLang
        : c.facts.script !== Script.None && c.facts.letters >= MIN_LETTERS
          ? wordsLang(c)
          : null;
    if (lang) {
      direct++;
      note(lang, c, 1);
    } else if (c.facts.script !== Script.None && c.facts.letters >= MIN_LETTERS) shared.push(c);
  }
  const sample = shared
    .sort((a, b) => b.comment.text.length - a.comment.text.length)
    .slice(0, FRANC_SAMPLE);
  const answered = sample.flatMap((c) => {
    const lang = detectLanguage(c.comment.text, c.facts.script, extra);
    return lang ? [{ c, lang }] : [];
  });
  const weight = answered.length ? shared.length / answered.length : 0;
  for (const { c, lang } of answered) note(lang, c, weight);
  const total = direct + (answered.length ? shared.length : 0);
  const shares = new Map([...counts].map(([l, n]) => [l, total ? n / total : 0]));
  return { shares, sampleSize: direct + answered.length, covered: total, examples };
}

/** How many of the creator's distinct texts (longest first) vote on their language. */
const OWN_TEXT_SAMPLE = 8;
/** Hashtags, mentions and links name things; they do not tell the language the creator writes. */
const NOT_PROSE = /[#@][^\s#@]+|https?:\/\/\S+/gu;

/**
 * The creator's language: entered by hand, else a vote of their distinct captions and bio, each
 * weighted by its letters. Distinct, because a title repeated on three tabs is one text (three
 * copies of one misread title outvoted an English channel); weighted, so short titles that
 * franc guesses at count less; hashtags out, because "#running #correr" hid Spanish captions.
 */
function creatorLanguageOf(ctx: Ctx, extra: readonly string[]): CreatorLanguage {
  if (ctx.manual.creatorLanguage)
    return { lang: toIso3(ctx.manual.creatorLanguage), from: 'manual' };
  const texts = new Set<string>();
  const add = (t: string | null | undefined) => {
    const prose = t?.replace(NOT_PROSE, ' ').replace(/\s+/gu, ' ').trim();
    if (prose) texts.add(prose);
  };
  for (const p of ctx.posts) add(p.post.caption);
  add(ctx.record.bio);
  const votes = new Map<string, number>();
  const longest = [...texts].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const t of longest.slice(0, OWN_TEXT_SAMPLE)) {
    const lang = languageOf(t, extra);
    if (lang) votes.set(lang, (votes.get(lang) ?? 0) + scriptOf(t).letters);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? { lang: best[0], from: 'captions' } : { lang: null, from: 'none' };
}

export function languages(ctx: Ctx): { mix: LanguageMix; creator: CreatorLanguage } {
  let hit = cache.get(ctx);
  if (!hit) {
    const extra = extras(ctx);
    hit = { mix: mixOf(ctx, extra), creator: creatorLanguageOf(ctx, extra) };
    cache.set(ctx, hit);
  }
  return hit;
}

/** Share of the mix in any of the given languages. */
export function shareIn(mix: LanguageMix, langs: readonly string[]): number {
  let s = 0;
  for (const l of new Set(langs)) s += mix.shares.get(l) ?? 0;
  return Math.min(1, s);
}

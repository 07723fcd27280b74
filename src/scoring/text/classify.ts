import { GENERIC, SPAM_TRIGGER, scanWords } from './words';
import { scriptOf, type Script } from './script';
import { SPAM_RE } from './spam';

/** What one comment is, from one character pass and at most two regex passes. */
export interface CommentFacts {
  generic: boolean;
  emojiOnly: boolean;
  spam: boolean;
  /** Lower-cased and trimmed: equal keys are duplicates. */
  key: string;
  script: Script;
  /** Language when the script alone tells it (Hangul → kor), else null. */
  scriptLang: string | null;
  letters: number;
  /**
   * Language from function words (ISO 639-3): undefined until first asked, null when they do
   * not settle it. Filled in once, on the remembered facts, so repeats cost nothing.
   */
  wordsLang?: string | null;
}

/** Generic praise is short; long comments are never generic and skip that pass. */
const GENERIC_MAX_CHARS = 80;
/**
 * Comments repeat ("🔥🔥🔥", "love it", copied bot text) and a creator is rescored on every
 * visit, so answers are remembered by text (bounded; only `wordsLang` is filled in later).
 */
const MEMO_MAX = 20_000;
const memo = new Map<string, CommentFacts>();

export function classifyComment(text: string): CommentFacts {
  let facts = memo.get(text);
  if (!facts) {
    if (memo.size >= MEMO_MAX) memo.clear();
    facts = classifyUncached(text);
    memo.set(text, facts);
  }
  return facts;
}

function classifyUncached(text: string): CommentFacts {
  const lower = text.toLowerCase().trim();
  const facts = scriptOf(lower);
  const hasWords = facts.letters > 0;
  const scan = hasWords ? scanWords(lower, lower.length <= GENERIC_MAX_CHARS) : 0;
  const generic = (scan & GENERIC) !== 0;
  return {
    emojiOnly: !hasWords && facts.emoji,
    // Generic praise holds no link or call to action; the full pattern runs only when triggered.
    spam: !generic && (scan & SPAM_TRIGGER) !== 0 && SPAM_RE.test(lower),
    generic,
    key: lower,
    script: facts.script,
    scriptLang: facts.lang,
    letters: facts.letters,
  };
}

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
}

/** Generic praise is short; long comments are never generic and skip that pass. */
const GENERIC_MAX_CHARS = 80;
export function classifyComment(text: string): CommentFacts {
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

import { foldText } from './fold';
import { scriptOf, type Script } from './script';
import { HARD_RE, SOFT_RE, SPAM_CUTOFF, spamProbability } from './spam-model';
import { topicsIn } from './topics';
import { GENERIC, SPAM_TRIGGER, scanWords } from './words';

/** What one comment is, from one character pass and at most two regex passes. */
export interface CommentFacts {
  generic: boolean;
  emojiOnly: boolean;
  /** Spam by itself: the learned model (which also weighs the spam patterns) above its cut-off. */
  spam: boolean;
  /** Topics (crypto, giveaways) whose words it uses: spam only off the creator's topic. */
  topics: string[];
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

/**
 * What the spam decision reads besides the text: whether the comment can be spam at all
 * (generic praise and emoji-only comments cannot: `plain` is then empty) and whether it holds
 * a word the spam patterns need. The trainer (scripts/eval/train-spam.ts) calls this too, so
 * it fits on what the extension sees.
 */
export function spamInputs(text: string) {
  // Styled letters (small caps, mathematical bold, fullwidth) read as plain ones.
  const lower = foldText(text, false).trim();
  const facts = scriptOf(lower);
  const hasWords = facts.letters > 0;
  const scan = hasWords ? scanWords(lower, lower.length <= GENERIC_MAX_CHARS) : 0;
  const generic = (scan & GENERIC) !== 0;
  // Generic praise holds no link or call to action; the full pattern runs only when triggered.
  const plain = generic || !hasWords ? '' : foldText(text, true);
  const triggered = !!plain && (scan & SPAM_TRIGGER) !== 0;
  return { lower, facts, hasWords, generic, plain, triggered };
}

function classifyUncached(text: string): CommentFacts {
  const { lower, facts, hasWords, generic, plain, triggered } = spamInputs(text);
  const spam =
    !!plain &&
    ((triggered && HARD_RE.test(plain)) ||
      spamProbability(text, triggered && SOFT_RE.test(plain)) >= SPAM_CUTOFF);
  return {
    emojiOnly: !hasWords && facts.emoji,
    spam,
    topics: plain ? topicsIn(plain) : [],
    generic,
    key: lower,
    script: facts.script,
    scriptLang: facts.lang,
    letters: facts.letters,
  };
}

import { SPACED_WORDS, UNSPACED_MAX, UNSPACED_WORDS } from './lexicon';
import { SPAM_TRIGGERS } from './spam';
import { isWordChar } from './script';

export const GENERIC = 1;
export const SPAM_TRIGGER = 2;

/**
 * One walk over the words of a lower-cased comment. GENERIC: every word is in the praise
 * lexicon (emoji, punctuation, digits and @mentions ignored). SPAM_TRIGGER: a word that spam
 * patterns hinge on ("channel", "subscribe", a domain ending, "$") is present, so the full
 * spam pattern is worth running; most comments never pay for it.
 */
export function scanWords(lower: string, genericPossible: boolean): number {
  let start = -1;
  let words = 0;
  let generic = genericPossible;
  let trigger = false;
  const n = lower.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 0x20;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const w = lower.slice(start, i);
      if (!SPACED_WORDS.has(w)) {
        // Spam words in other scripts are not in the trigger list: let the pattern decide.
        if (!trigger && (SPAM_TRIGGERS.has(w) || w.charCodeAt(0) >= 0x0400)) trigger = true;
        if (generic && !knownWord(w)) generic = false;
      }
      words++;
      start = -1;
    }
    // "$", or a dot or slash inside a word run ("site.com", "x.pl/page"): a link or a price.
    if (
      c === 0x24 ||
      ((c === 0x2e || c === 0x2f) &&
        i > 0 &&
        i + 1 < n &&
        isWordChar(lower.charCodeAt(i - 1)) &&
        isWordChar(lower.charCodeAt(i + 1)))
    ) {
      trigger = true;
    }
    // An @mention names someone: skip it whole.
    if (c === 0x40) while (i + 1 < n && lower.charCodeAt(i + 1) > 0x20) i++;
  }
  return (generic && words > 0 ? GENERIC : 0) | (trigger ? SPAM_TRIGGER : 0);
}

const RUN3 = /(.)\1{2,}/gu;
const LAUGH = /^(?:h[aeiu]|j[aeiu]|k|rs)+h?$/;

function knownWord(w: string): boolean {
  if (w.charCodeAt(0) >= 0x0590) return splits(w);
  // "sooo" → "so", "cuuute" → "cute", "coool" → "cool"
  if (hasRun3(w)) {
    return SPACED_WORDS.has(w.replace(RUN3, '$1')) || SPACED_WORDS.has(w.replace(RUN3, '$1$1'));
  }
  return w.length >= 4 && LAUGH_START.has(w.charCodeAt(0)) && LAUGH.test(w);
}

const LAUGH_START = new Set([0x68, 0x6a, 0x6b, 0x72]); // h j k r

function hasRun3(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** Can a run of letters be cut into lexicon words (longest match first)? */
function splits(w: string): boolean {
  let i = 0;
  outer: while (i < w.length) {
    for (let len = Math.min(UNSPACED_MAX, w.length - i); len > 0; len--) {
      const part = w.slice(i, i + len);
      if (UNSPACED_WORDS.has(part) || SPACED_WORDS.has(part)) {
        i += len;
        continue outer;
      }
    }
    return false;
  }
  return true;
}

import { foldText } from './fold';

/**
 * The features the comment spam model reads, shared by the extension and the trainer
 * (scripts/eval/train-spam.ts), so both see the same thing. Links, @mentions and numbers are
 * replaced by placeholders: the model learns "I got $0,0 thanks to @", not one scammer's name
 * or amount. Features: words, word pairs, and 3–5 letter pieces of words (which survive
 * misspellings, other inflections and words glued together).
 */
const URL =
  /https?:\/\/\S+|www\.\S+|\b[a-z0-9-]{2,}\.(?:com|net|org|io|me|ly|xyz|link|site)\b\S*/gu;
const MENTION = /@[\p{L}\p{N}_.]+/gu;
const NUMBER = /\p{N}+/gu;
const WORD = /[\p{L}\p{M}\p{N}_$€£₹#@']+/gu;

export function spamTokens(text: string): string {
  return foldText(text, true)
    .replace(URL, ' linkurl ')
    .replace(MENTION, ' @user ')
    .replace(NUMBER, '0')
    .replace(/#/gu, ' #');
}

// Letters styled to dodge filters (small caps, mathematical alphanumerics, fullwidth).
const STYLED =
  /[\u1d00-\u1d22\ua730\ua731\u0262\u026a\u0274\u0280\u028f\u029c\u029f]|[\u{1d400}-\u{1d7ff}]|[\uff21-\uff5a]/u;
// A hashtag used as a name ("#amelia__mckean_"): scammers tag their accomplices this way.
const HANDLE_TAG = /#[\p{L}\p{N}.]*_[\p{L}\p{N}_.]*/u;

/** Distinct features of one comment (a feature counts once however often it occurs). */
export function spamFeatures(text: string): Set<string> {
  const out = new Set<string>();
  if (STYLED.test(text)) out.add('w:⟨styled⟩');
  if (HANDLE_TAG.test(text)) out.add('w:⟨#name_tag⟩');
  const words = spamTokens(text.slice(0, 1000)).match(WORD) ?? [];
  let prev = '^';
  for (const w of words) {
    out.add(`w:${w}`);
    out.add(`b:${prev} ${w}`);
    prev = w;
    const padded = ` ${w} `;
    const chars = [...padded];
    for (let n = 3; n <= 5; n++)
      for (let i = 0; i + n <= chars.length; i++) out.add(`c:${chars.slice(i, i + n).join('')}`);
  }
  if (words.length) out.add(`b:${prev} $`);
  return out;
}

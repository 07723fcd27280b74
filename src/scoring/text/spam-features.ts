import { foldText } from './fold';

/**
 * The features the comment spam model reads, hashed into a fixed table, shared by the extension
 * and the trainer (scripts/eval/train-spam.ts). Read from the comment with links, @mentions and
 * numbers replaced by placeholders (spamTokens), so the model learns "I got $0 thanks to @user",
 * not one scammer's name or amount:
 * - letter sequences of 2–5 characters across the whole text (they survive misspellings, other
 *   inflections, words glued together and languages without spaces);
 * - words and word pairs;
 * - a few facts about the comment: styled letters, a hashtag used as a name, a spam pattern
 *   matched (spam.ts), how many mentions, emoji and words it has.
 * Hashing keeps the shipped table small and the scoring free of per-feature strings.
 */
const URL =
  /https?:\/\/\S+|www\.\S+|\b[a-z0-9-]{2,}\.(?:com|net|org|io|me|ly|xyz|link|site)\b\S*/gu;
const MENTION = /@[\p{L}\p{N}_.]+/gu;
const NUMBER = /\p{N}+/gu;

export function spamTokens(text: string): string {
  return foldText(text, true)
    .replace(URL, ' linkurl ')
    .replace(MENTION, ' @user ')
    .replace(NUMBER, '0')
    .replace(/#/gu, ' #');
}

export const HASH_BITS = 15;
const MASK = (1 << HASH_BITS) - 1;
const PRIME = 16777619;
const MAX_CHARS = 600;

// Letters styled to dodge filters (small caps, mathematical alphanumerics, fullwidth).
const STYLED =
  /[\u1d00-\u1d22\ua730\ua731\u0262\u026a\u0274\u0280\u028f\u029c\u029f]|[\u{1d400}-\u{1d7ff}]|[\uff21-\uff5a]/u;
// A hashtag used as a name ("#amelia__mckean_"): scammers tag their accomplices this way.
const HANDLE_TAG = /#[\p{L}\p{N}.]*_[\p{L}\p{N}_.]*/u;

/** Final mix of a 32-bit hash into a table slot. */
function slot(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & MASK;
}

function fnv(s: string, seed: number, from = 0, to = s.length): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}

const SEED_CHARS = 0x811c9dc5;
const SEED_WORD = 0x01000193;
const SEED_PAIR = 0x2545f491;
const SEED_FACT = 0x3c6ef372;

/** A word character of the token text: letters, digits, marks and the signs spam leans on. */
function wordChar(c: number): boolean {
  if (c < 0x80)
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x5f || // _
      c === 0x24 || // $
      c === 0x40 || // @
      c === 0x27 // '
    );
  if (c >= 0x2000 && c <= 0x2bff) return c >= 0x20a0 && c <= 0x20cf; // currency signs only
  if (c >= 0xd800 && c <= 0xdfff) return false; // emoji and other astral symbols
  if (c >= 0xfe00 && c <= 0xfe0f) return false; // variation selectors
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
}

// One table of "last seen" stamps: features count once per comment without a Set per comment.
const seen = new Uint32Array(1 << HASH_BITS);
let stamp = 0;
let into: Int32Array = new Int32Array(0);
let count = 0;

function add(h: number): void {
  const s = slot(h);
  if (seen[s] !== stamp && count < into.length) {
    seen[s] = stamp;
    into[count++] = s;
  }
}
const fact = (name: string) => fnv(name, SEED_FACT);
const FACT_BIAS = fact('bias');
const FACT_PATTERN = fact('pattern');
const FACT_STYLED = fact('styled');
const FACT_NAME_TAG = fact('name-tag');
const FACT_MENTIONS = [0, 1, 2, 3].map((k) => fact(`mentions:${k}`));
const FACT_EMOJI = [0, 1, 2, 3, 4].map((k) => fact(`emoji:${k}`));
const FACT_WORDS = ['0', '1', '2', '3', 'few', 'some', 'many'].map((k) => fact(`words:${k}`));
const wordsBand = (w: number) => (w < 4 ? w : w < 10 ? 4 : w < 30 ? 5 : 6);

/** Fills `out` with the distinct table slots of one comment's features; returns how many. */
export function hashFeatures(text: string, patternHit: boolean, out: Int32Array): number {
  if (++stamp === 0xffffffff) {
    seen.fill(0);
    stamp = 1;
  }
  into = out;
  count = 0;
  add(FACT_BIAS);
  if (patternHit) add(FACT_PATTERN);
  if (STYLED.test(text)) add(FACT_STYLED);
  if (HANDLE_TAG.test(text)) add(FACT_NAME_TAG);
  const s = spamTokens(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  let words = 0,
    mentions = 0,
    emoji = 0,
    prev = 0x9e3779b9,
    start = -1;
  // Letter sequences over the text with runs of separators squeezed to one space.
  let w0 = 0x20,
    w1 = 0x20,
    w2 = 0x20,
    w3 = 0x20;
  const len = s.length;
  for (let i = 0; i <= len; i++) {
    let c = i < len ? s.charCodeAt(i) : 0x20;
    if (c >= 0xd800 && c <= 0xdbff) emoji++;
    const inWord = wordChar(c);
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      const wh = fnv(s, SEED_WORD, start, i);
      if (s.charCodeAt(start) === 0x40) mentions++;
      add(wh);
      add(Math.imul(prev ^ (wh >>> 7) ^ SEED_PAIR, PRIME) ^ wh);
      prev = wh;
      words++;
      start = -1;
    }
    if (!inWord) {
      if (w3 === 0x20) continue;
      c = 0x20;
    }
    let h = Math.imul(SEED_CHARS ^ c, PRIME);
    h = Math.imul(h ^ w3, PRIME);
    add(h);
    h = Math.imul(h ^ w2, PRIME);
    add(h);
    h = Math.imul(h ^ w1, PRIME);
    add(h);
    h = Math.imul(h ^ w0, PRIME);
    add(h);
    w0 = w1;
    w1 = w2;
    w2 = w3;
    w3 = c;
  }
  add(Math.imul(prev ^ SEED_PAIR, PRIME));
  add(FACT_MENTIONS[Math.min(mentions, 3)]!);
  add(FACT_EMOJI[Math.min(emoji, 4)]!);
  add(FACT_WORDS[wordsBand(words)]!);
  return count;
}

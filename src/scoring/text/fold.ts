/**
 * Styled Unicode folded to plain letters before matching, because scams hide in it: small caps
 * ("ᴡᴏᴡ ɪ ɢᴏᴛ $18 000"), mathematical bold and italic ("𝐢𝐧𝐯𝐞𝐬𝐭"), fullwidth ("ｄｍ ｍｅ"),
 * circled letters, and Latin letters buried under accents ("hāźeł_mcẹ̀wǝṅ"). NFKC covers the
 * compatibility forms; small caps and the turned e have no decomposition, so they are mapped.
 */
const SMALL_CAPS: Readonly<Record<string, string>> = {
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ǫ: 'q',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  ǝ: 'e',
  ɑ: 'a',
  ɡ: 'g',
};
const STYLED = new RegExp(`[${Object.keys(SMALL_CAPS).join('')}]`, 'gu');
// Zero-width characters and direction controls split words without showing anything.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u00ad\ufeff]/gu;
// Accents on Latin letters only: Indic and other scripts need their combining marks.
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * One score folds the same caption several times (brand safety, disclosures, topics), and
 * Unicode normalisation is the dear part: answers for non-ASCII text are remembered
 * (bounded, like the comment memo in classify.ts).
 */
const MEMO_MAX = 5_000;
const memos = { plain: new Map<string, string>(), accents: new Map<string, string>() };

/** Lower-case plain text; with `dropAccents` also "é" → "e" on Latin letters. */
export function foldText(text: string, dropAccents: boolean): string {
  if (ASCII.test(text)) return text.toLowerCase();
  const memo = dropAccents ? memos.plain : memos.accents;
  let folded = memo.get(text);
  if (folded === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(text, (folded = foldUnicode(text, dropAccents)));
  }
  return folded;
}

function foldUnicode(text: string, dropAccents: boolean): string {
  let s = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(STYLED, (c) => SMALL_CAPS[c] ?? c);
  if (dropAccents) s = s.normalize('NFD').replace(LATIN_MARKS, '$1').normalize('NFC');
  return s.toLowerCase();
}

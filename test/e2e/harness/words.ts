// What a marketer must never read: internal ids, codes, file names, float noise. Scans the
// visible text a page draws itself (scraped text, isolated in <bdi> or dir=auto, and what the
// user typed are left out) and finds text that overflows its box or is cut (unless marked
// data-clip with its whole text in a title).
import type { Page } from 'playwright-core';
import { SIGNAL } from '../../../src/scoring/signal-ids';
import { THRESHOLDS } from '../../../src/scoring/thresholds';
import { TierId } from '../../../src/shared/score';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Reads as English ("saves-to-likes" is also the seed's own phrase), so not a tell. */
const ENGLISH = /^[a-z]+-(?:to|for|by|of|in|and|on|per)-[a-z]+$/;
const ids = [...Object.values(SIGNAL), ...TierId.options, ...THRESHOLDS.map((r) => r.id)].filter(
  (id) => /[-.]/.test(id) && !ENGLISH.test(id),
);

/** Each rule: a name for the report and the pattern that must not occur. */
export const TOKEN_RULES: [string, RegExp][] = [
  ['seed tag like (000)', /\(\d{3}[):]|\bseed \d{3}\b|\b00\d's\b/],
  ['internal id', new RegExp(`(?<![\\w.-])(?:${ids.map(escape).join('|')})(?![\\w-])`)],
  // Three or more parts ("comments-per-100-likes", an ISO date), but not English such as
  // "comment-to-view" or "follow-for-follow".
  [
    'kebab-case id',
    /\b(?![a-z]+-(?:to|for|by|of|in|and|on|per)-[a-z]+\b)[a-z0-9]+(?:-[a-z0-9]+){2,}\b/,
  ],
  ['file name', /\b[\w-]+\.(?:txt|csv|ts|json)\b/i],
  ['dataset path', /\b[\w-]+\/[\w-]+\.\w{2,4}\b|\bscripts\//],
  [
    '3-letter language code',
    /\b(?:eng|deu|spa|fra|por|ita|nld|pol|tur|rus|jpn|kor|cmn|arb|hin|ind|swe|ukr|ces|ell|hun|ron|bul|hrv|srp|vie|tha|tgl|zlm|dan|nob|fin)\b/,
  ],
  // (an arXiv paper number such as 2210.01096 is a reference, not a measurement)
  ['more than 4 decimals', /(?<!arXiv \d*)\d[.,]\d{5,}/],
  ['doubled parentheses', /\(\(|\)\)/],
  ['undefined', /\bundefined\b/],
  ['NaN', /\bNaN\b/],
  ['[object Object]', /\[object Object\]/],
  ['raw fraction', /\d\s*fraction\b|\b0[.,]\d+ (?:views \/ follower|saves \/ like)\b/],
];

export interface PageWords {
  text: string;
  overflow: string[];
}

/** The page's own visible text, and every box whose text overflows or is cut. */
export async function readWords(page: Page): Promise<PageWords> {
  // tsx keeps function names with a __name helper that the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(() => {
    const skip = (el: Element | null) =>
      // Scraped text, what the user typed, and the Advanced raw table (for machines) are exempt.
      !!el?.closest('bdi, [dir="auto"], textarea, script, style, [hidden], [data-raw]');
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || skip(el) || !visible(el) || !n.textContent?.trim()) continue;
      parts.push(n.textContent);
    }
    for (const option of document.querySelectorAll('option'))
      if (!skip(option)) parts.push(option.textContent ?? '');
    const overflow: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!visible(el) || el.closest('svg, .sr-only')) continue;
      // Cut on purpose (the shortlist's reason), allowed only while the whole text is the title.
      const whole = el.closest('[title]')?.getAttribute('title') ?? '';
      if (el.hasAttribute('data-clip') && whole.includes((el.textContent ?? '').trim())) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || /auto|scroll/.test(style.overflowX)) continue;
      const hasText = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent?.trim());
      if (!hasText && style.textOverflow !== 'ellipsis') continue;
      if (el.scrollWidth > el.clientWidth + 1)
        overflow.push(
          `<${el.tagName.toLowerCase()} class="${el.className}"> ${(el.textContent ?? '').trim().slice(0, 60)} (${el.scrollWidth} > ${el.clientWidth} px)`,
        );
    }
    return { text: parts.join(' ').replace(/\s+/g, ' '), overflow };
  });
}

/** Every rule the text breaks, with the words around each hit, for the failure message. */
export function tokenProblems(text: string): string[] {
  return TOKEN_RULES.flatMap(([name, rule]) => {
    const m = new RegExp(rule.source, `${rule.flags}g`);
    return [...text.matchAll(m)].map(
      (hit) =>
        `${name}: "…${text.slice(Math.max(0, hit.index - 40), hit.index + hit[0].length + 30)}…"`,
    );
  });
}

/** What the page's visible text and layout break: token rules, and text cut off by its box. */
export async function wordProblems(page: Page): Promise<string[]> {
  const { text, overflow } = await readWords(page);
  return [...tokenProblems(text), ...overflow.map((o) => `overflow: ${o}`)];
}

/** Opens every fold, outer ones first, so the scan reads what a curious reader would. */
export async function openAllFolds(page: Page): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const closed = page.locator('details:not([open]) > summary');
    const n = await closed.count();
    if (n === 0) return;
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details:not([open])')) d.setAttribute('open', '');
    });
  }
}

/**
 * Small DOM helpers: selector lists tried in order (newest first), tolerant of selectors a
 * browser rejects, and text read without layout (textContent, never innerText).
 */
export function queryFirst(
  root: ParentNode | null | undefined,
  selectors: readonly string[],
): Element | null {
  if (!root) return null;
  for (const selector of selectors) {
    try {
      const el = root.querySelector(selector);
      if (el) return el;
    } catch {
      // An alternative the engine does not support (e.g. :has in an old browser): try the next.
    }
  }
  return null;
}

export function queryAll(
  root: ParentNode | null | undefined,
  selectors: readonly string[],
): Element[] {
  return queryLast(root, selectors, Infinity);
}

/**
 * The last `limit` matches of the first alternative that matches: only those are handed to
 * script, so a post with 2,000 loaded comments costs 300 element wrappers, not 2,000.
 */
export function queryLast(
  root: ParentNode | null | undefined,
  selectors: readonly string[],
  limit: number,
): Element[] {
  if (!root) return [];
  for (const selector of selectors) {
    try {
      const found = root.querySelectorAll(selector);
      if (!found.length) continue;
      const out: Element[] = [];
      for (let i = Math.max(0, found.length - limit); i < found.length; i++) out.push(found[i]!);
      return out;
    } catch {
      // Unsupported alternative: try the next.
    }
  }
  return [];
}

/** `el` itself or its nearest ancestor (at most 24 levels up) that is one of `owners`. */
function ownerOf(el: Element, owners: ReadonlySet<Element>): Element | null {
  let o: Element | null = el;
  for (let depth = 0; o && !owners.has(o) && depth < 24; depth++) o = o.parentElement;
  return o && owners.has(o) ? o : null;
}

/** Index of the first of `found` (in page order) for which `past` holds; it holds for a suffix. */
function firstWhere(found: NodeListOf<Element>, past: (el: Element) => boolean): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(found[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `el` is `first` or comes after it. */
const from = (first: Element) => (el: Element) =>
  el === first || (first.compareDocumentPosition(el) & 4) /* FOLLOWING */ !== 0;

/**
 * `el` comes after the subtree of `last`, or of the outermost owner that holds `last`:
 * nothing there can be inside an owner, so the walk stops at the first such element.
 */
function pastOwners(owners: ReadonlySet<Element>, last: Element): (el: Element) => boolean {
  let outer = last;
  for (let p = last.parentElement; p; p = p.parentElement) if (owners.has(p)) outer = p;
  return (el) => {
    const pos = outer.compareDocumentPosition(el);
    return (pos & 4) /* FOLLOWING */ !== 0 && (pos & 16) /* CONTAINED_BY */ === 0;
  };
}

/**
 * Elements matching `selectors` (first alternative that matches) grouped by the nearest of
 * `owners` (grid tiles, comments; in page order, as queried) above them: one query over the page instead
 * of one per owner (Chromium answers a per-owner "[id=…]" query by scanning the whole page),
 * and a walk up parent links instead of `closest`. Matches before the first owner cannot be
 * inside one, so they are skipped unread: a post with 2,000 comments of which the last 300
 * are read walks only theirs (the profiler's "byOwner" was up to 200 ms on a cold page).
 * Matches after the last owner are skipped the same way: the content script reads a long
 * comment list 60 at a time, newest first, and each earlier slice walked every later comment
 * again (YouTube post: 32 → 84 ms of `ownerOf` and `byOwner` once sliced).
 */
export function byOwner(
  root: ParentNode | null | undefined,
  selectors: readonly string[],
  owners: readonly Element[],
): Map<Element, Element[]> {
  const map = new Map<Element, Element[]>();
  if (!root || !owners.length) return map;
  const set = new Set(owners);
  const past = pastOwners(set, owners[owners.length - 1]!);
  for (const selector of selectors) {
    let found: NodeListOf<Element>;
    try {
      found = root.querySelectorAll(selector);
    } catch {
      continue; // an alternative the engine does not support: try the next
    }
    if (!found.length) continue;
    const end = firstWhere(found, past);
    for (let i = firstWhere(found, from(owners[0]!)); i < end; i++) {
      const el = found[i]!;
      const o = ownerOf(el, set);
      if (!o) continue;
      const list = map.get(o);
      if (list) list.push(el);
      else map.set(o, [el]);
    }
    return map;
  }
  return map;
}

/** Trimmed text with runs of white space collapsed; null when empty. */
export function textOf(el: Element | null | undefined, max = 5000): string | null {
  const raw = el?.textContent;
  if (!raw) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : null;
}

/** Multi-line text (bios, captions): <br> and newlines kept as line breaks. */
export function blockTextOf(el: Element | null | undefined, max = 5000): string | null {
  if (!el) return null;
  const raw = el.querySelector('br') ? withBreaks(el) : (el.textContent ?? '');
  const text = raw
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
  return text ? text.slice(0, max) : null;
}

function withBreaks(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeName === 'BR') out += '\n';
    else if (child.nodeType === 1) out += withBreaks(child);
  }
  return out;
}

export function attrOf(el: Element | null | undefined, name: string): string | null {
  const value = el?.getAttribute(name);
  return value ? value.trim() : null;
}

export function metaContent(doc: Document, property: string): string | null {
  return attrOf(
    doc.head?.querySelector(`meta[property="${property}"], meta[name="${property}"]`),
    'content',
  );
}

/** The page's interface language ("de", "pt-BR"), which decides how counts are written. */
export function pageLocale(doc: Document): string {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return lang && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(lang)
    ? lang.replace(/_/g, '-')
    : 'en';
}

/**
 * Comments read per page reading. Vetting needs a sample, not every comment: a post page
 * can hold thousands, and reading them all costs tens of milliseconds on the host page.
 * The last loaded ones are taken, so scrolling brings new ones and the stored sample
 * grows across readings (storage keeps up to 1,000 per post).
 */
export const COMMENTS_PER_READ = 300;

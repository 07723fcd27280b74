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

// Renaming post codes and comment ids in copies, so scaled-up pages hold distinct posts and
// comments (readers de-duplicate by code) and the DOM and the embedded JSON stay in step.

/** An id-like URL part: a post code, a video or comment id (letters, digits, _ or -). */
const ID_LIKE = /^[\w-]{6,}$/;
const SEPARATORS = /([/?=&#])/;

export function isIdLike(part: string): boolean {
  return ID_LIKE.test(part) && /\d/.test(part) && !part.startsWith('@');
}

/** The last id-like part of a link ("/lena/p/C7kLm2/" → "C7kLm2", "/watch?v=x1" → "x1"). */
export function idOfLink(href: string): string | null {
  const parts = href.split(SEPARATORS).filter((p) => p && !SEPARATORS.test(p));
  for (let i = parts.length - 1; i >= 0; i--) if (isIdLike(parts[i]!)) return parts[i]!;
  return null;
}

/** Copy number `k` of an id: digits stay digits (numeric comment ids), codes get letters. */
export function renamed(id: string, k: number): string {
  return /^\d+$/.test(id) ? `${id}${String(k).padStart(3, '0')}` : `${id}b${k}`;
}

/** Renames every known id that stands as a whole part of a link or string. */
export function renameInText(text: string, ids: ReadonlySet<string>, k: number): string {
  if (ids.has(text)) return renamed(text, k);
  if (!SEPARATORS.test(text)) return text;
  return text
    .split(SEPARATORS)
    .map((part) => (ids.has(part) ? renamed(part, k) : part))
    .join('');
}

/** A deep copy of a JSON value with the known ids renamed in every string. */
export function renameInJson(value: unknown, ids: ReadonlySet<string>, k: number): unknown {
  if (typeof value === 'string') return renameInText(value, ids, k);
  if (Array.isArray(value)) return value.map((v) => renameInJson(v, ids, k));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = renameInJson(v, ids, k);
    return out;
  }
  return value;
}

/** A copy of a DOM subtree with the known ids renamed in its links and image sources. */
export function renamedClone(element: Element, ids: ReadonlySet<string>, k: number): Element {
  const clone = element.cloneNode(true) as Element;
  for (const el of [clone, ...Array.from(clone.querySelectorAll('[href], [src]'))]) {
    for (const attr of ['href', 'src']) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, renameInText(value, ids, k));
    }
  }
  return clone;
}

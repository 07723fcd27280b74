// Renaming post codes and comment ids in copies, so scaled-up pages hold distinct posts and
// comments (readers de-duplicate by id) while the DOM and the embedded JSON stay in step.

/** An id-like URL part: a post code, a video or comment id (letters, digits, _ or -). */
const ID_LIKE = /^[\w-]{4,}$/;
const SEPARATORS = /([/?=&#])/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function isIdLike(part: string): boolean {
  return ID_LIKE.test(part) && /\d/.test(part) && !part.startsWith('@');
}

/**
 * The last id-like part of a link: "/lena/p/C7kLm2/" → "C7kLm2", "/watch?v=dQw4w9" → "dQw4w9",
 * a comment's "/watch?v=dQw4w9&lc=Ugx0" → "Ugx0" (the comment, not the video it belongs to).
 */
export function idOfLink(href: string): string | null {
  const parts = href.split(SEPARATORS).filter((p) => p && !SEPARATORS.test(p));
  for (let i = parts.length - 1; i >= 0; i--) if (isIdLike(parts[i]!)) return parts[i]!;
  return null;
}

export interface IdRenaming {
  ids: ReadonlySet<string>;
  /** The id in copy number `k` (k ≥ 1): distinct from every original and every other copy. */
  copy(id: string, k: number): string;
}

/**
 * Ids keep their length and alphabet where readers check them (YouTube ids are exactly 11
 * characters): copy k changes the positions that every id of the same length shares, so no
 * copy can equal an original. Numeric ids get digits appended; the rest a suffix as a fallback.
 */
export function idRenaming(all: Iterable<string>): IdRenaming {
  const ids = new Set(all);
  const shared = new Map<number, number[]>();
  for (const id of ids) {
    if (/^\d+$/.test(id) || shared.has(id.length)) continue;
    const same = [...ids].filter((other) => other.length === id.length);
    const positions = [...id].flatMap((c, i) => (same.every((o) => o[i] === c) ? [i] : []));
    shared.set(id.length, positions.filter((i) => ALPHABET.includes(id[i]!)).slice(-3));
  }
  const copy = (id: string, k: number): string => {
    if (/^\d+$/.test(id)) return `${id}${String(k).padStart(3, '0')}`;
    const positions = shared.get(id.length) ?? [];
    if (k >= 64 ** positions.length) return `${id}b${k}`;
    const chars = [...id];
    positions.forEach((at, digit) => {
      const step = Math.floor(k / 64 ** digit) % 64;
      chars[at] = ALPHABET[(ALPHABET.indexOf(chars[at]!) + step) % 64]!;
    });
    return chars.join('');
  };
  return { ids, copy };
}

/** Renames every known id that stands as a whole part of a link or string. */
function renameInText(text: string, r: IdRenaming, k: number): string {
  if (r.ids.has(text)) return r.copy(text, k);
  if (!SEPARATORS.test(text)) return text;
  return text
    .split(SEPARATORS)
    .map((part) => (r.ids.has(part) ? r.copy(part, k) : part))
    .join('');
}

/** A deep copy of a JSON value with the known ids renamed in every string. */
export function renameInJson(value: unknown, r: IdRenaming, k: number): unknown {
  if (typeof value === 'string') return renameInText(value, r, k);
  if (Array.isArray(value)) return value.map((v) => renameInJson(v, r, k));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = renameInJson(v, r, k);
    return out;
  }
  return value;
}

/** A copy of a DOM subtree with the known ids renamed in its links and image sources. */
export function renamedClone(element: Element, r: IdRenaming, k: number): Element {
  const clone = element.cloneNode(true) as Element;
  for (const el of [clone, ...Array.from(clone.querySelectorAll('[href], [src]'))]) {
    for (const attr of ['href', 'src']) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, renameInText(value, r, k));
    }
  }
  return clone;
}

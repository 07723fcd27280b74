/**
 * Parts of each owner (a grid tile's link, a comment's author and text), queried within the
 * owner. Chromium answers a query for an id (`#x`, `[id="x"]`, also as an ancestor) from the
 * page-wide list of elements with that id, not from the owner's subtree: YouTube repeats
 * "author-text" once per comment, so one such query cost 110 µs with 2,000 comments on the
 * page, and reading 60 comments took 14 ms per part. Wrapped in `:is()` the same selector is
 * matched inside the owner only: 3 µs (measured in an isolated world, on fresh elements).
 * Both beat what came before: one query over the whole section per part and pass, then each
 * match walked up to its owner (the profiler's "byOwner", 42 ms of a YouTube post visit).
 * A walk of each owner's elements by hand was no better: the content script's world makes an
 * object for every element it touches, about 50 µs per comment. So each owner gets one query
 * for all its parts' alternatives, and only the few elements found are sorted into parts.
 */

/** Each part's alternative selectors, newest first: `{ author: ['[id="author-text"]', …] }`. */
export type PartSelectors<K extends string> = Readonly<Record<K, readonly string[]>>;
/** Per owner, each part's matches in page order (by the first alternative that matched). */
export type OwnerParts<K extends string> = Map<Element, Partial<Record<K, Element[]>>>;

// The page's own document, never the global one: adapters are pure functions of the page.
let isWorks: boolean | undefined;
/** Whether this engine matches `:is()` with a descendant inside (test DOMs may not). */
function isSupported(doc: Document): boolean {
  if (isWorks === undefined) {
    // Built by hand: the HTML parser's first use in the content script's world costs more.
    const probe = doc.createElement('b');
    probe.id = 'x';
    const inner = probe.appendChild(doc.createElement('i'));
    try {
      isWorks = probe.querySelector(':is(#x i)') === inner;
    } catch {
      isWorks = false;
    }
  }
  return isWorks;
}

/** A selector this engine parses; an unsupported alternative is never tried. */
function parses(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** How one set of parts is looked up: one query per owner, then each match sorted into parts. */
interface Plan<K extends string> {
  keys: K[];
  /** Per part, its alternatives that parse, in order. */
  alternatives: string[][];
  /** All alternatives at once, as queried per owner: `:is(a, b, …)`; null if none parses. */
  query: string | null;
}
const plans = new Map<string, Plan<string>>();
function planOf<K extends string>(doc: Document, parts: PartSelectors<K>): Plan<K> {
  const id = JSON.stringify(parts);
  const known = plans.get(id);
  if (known) return known as Plan<K>;
  const keys = Object.keys(parts) as K[];
  const alternatives = keys.map((k) => parts[k].filter((alt) => parses(doc, alt)));
  const all = alternatives.flat().join(', ');
  // The unit tests' DOM lacks :is(); it gets the plain list (same matches, without the speed).
  const query = !all ? null : isSupported(doc) ? `:is(${all})` : all;
  const plan = { keys, alternatives, query: query && parses(doc, query) ? query : null };
  plans.set(id, plan);
  return plan;
}

/**
 * Whether any owner holds another. Owners come in page order, where a nested owner comes right
 * after its holder or after another owner inside that holder, so neighbours tell.
 */
function nests(owners: readonly Element[]): boolean {
  return owners.some((o, i) => i > 0 && owners[i - 1]!.contains(o));
}

/** `el`'s nearest owner is `owner` (not one nested inside it). */
function ownedBy(el: Element, owner: Element, owners: ReadonlySet<Element>): boolean {
  for (let p = el.parentElement; p && p !== owner; p = p.parentElement)
    if (owners.has(p)) return false;
  return true;
}

/**
 * The parts of each of `owners`: per part, the matches of the first alternative that matches
 * inside that owner. An element inside a nested owner belongs to the nested one only. One query
 * per owner finds every part's candidates; only those few are matched against each part.
 */
export function ownParts<K extends string>(
  owners: readonly Element[],
  parts: PartSelectors<K>,
): OwnerParts<K> {
  const map: OwnerParts<K> = new Map();
  const doc = owners[0]?.ownerDocument;
  if (!doc) return map;
  const { keys, alternatives, query } = planOf(doc, parts);
  const set = new Set(owners);
  const nested = owners.length > 1 && nests(owners);
  for (const owner of owners) {
    const own: Partial<Record<K, Element[]>> = {};
    map.set(owner, own);
    if (!query) continue;
    // best[k]: the first alternative of part k seen so far in this owner, and its matches.
    const best = alternatives.map((alts) => alts.length);
    for (const el of Array.from(owner.querySelectorAll(query))) {
      if (nested && (set.has(el) || !ownedBy(el, owner, set))) continue;
      keys.forEach((key, k) => {
        const alts = alternatives[k]!;
        for (let alt = 0; alt <= best[k]! && alt < alts.length; alt++) {
          if (!el.matches(alts[alt]!)) continue;
          if (alt < best[k]!) own[key] = [];
          best[k] = alt;
          own[key]!.push(el);
          return;
        }
      });
    }
  }
  return map;
}

// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownParts } from '../../src/sites/common/owner-parts';

/** One part's matches per owner, owners without any left out (as the reference gives them). */
function byOwner(selectors: readonly string[], owners: readonly Element[]) {
  const map = new Map<Element, Element[]>();
  for (const [owner, own] of ownParts(owners, { part: selectors })) {
    if (own.part) map.set(owner, own.part);
  }
  return map;
}

/**
 * What the walk must equal: every match of the whole root, given to its nearest owner, then per
 * owner the first alternative that matched inside it.
 */
function reference(root: ParentNode, selectors: readonly string[], owners: readonly Element[]) {
  const set = new Set(owners);
  const byAlternative = selectors.map((selector) => {
    const map = new Map<Element, Element[]>();
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (set.has(el)) continue; // an owner is never a part of another
      let o = el.parentElement;
      while (o && !set.has(o)) o = o.parentElement;
      if (o) map.set(o, [...(map.get(o) ?? []), el]);
    }
    return map;
  });
  const map = new Map<Element, Element[]>();
  for (const owner of owners) {
    const first = byAlternative.find((m) => m.has(owner))?.get(owner);
    if (first) map.set(owner, first);
  }
  return map;
}

interface Tree {
  cls: string;
  kids: Tree[];
}
const tree: fc.Memo<Tree> = fc.memo((n) =>
  fc.record({
    cls: fc.constantFrom('o', 't', 'o t', 'u', 'x'),
    kids: n > 1 ? fc.array(tree(n - 1), { maxLength: 3 }) : fc.constant([]),
  }),
);
const html = (t: Tree): string => `<div class="${t.cls}">${t.kids.map(html).join('')}</div>`;

describe('ownParts', () => {
  it('groups exactly as whole-page queries given to the nearest owner', () => {
    fc.assert(
      fc.property(
        fc.array(tree(5), { minLength: 1, maxLength: 4 }),
        fc.nat(5),
        fc.nat(6),
        (trees, skip, drop) => {
          const root = document.createElement('section');
          root.innerHTML = trees.map(html).join('');
          // Owners left out at both ends, as when the content script reads a long comment list
          // a slice at a time: the last comments first, then earlier ones. Owners can nest.
          const all = Array.from(root.querySelectorAll('.o'));
          const owners = all.slice(skip, Math.max(skip, all.length - drop));
          for (const selectors of [['.t'], ['.none', '.t'], ['.u, .t'], ['.u', '.t'], ['.none']]) {
            const got = byOwner(selectors, owners);
            const want = reference(root, selectors, owners);
            expect([...got.keys()].sort(byPosition)).toEqual([...want.keys()].sort(byPosition));
            for (const [owner, els] of want) expect(got.get(owner)).toEqual(els);
          }
          // Several parts in one walk: each as if it were looked up alone.
          const both = ownParts(owners, { t: ['.none', '.t'], u: ['.u'] });
          for (const owner of owners) {
            expect(both.get(owner)?.t).toEqual(reference(root, ['.t'], owners).get(owner));
            expect(both.get(owner)?.u).toEqual(reference(root, ['.u'], owners).get(owner));
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('finds parts at any depth, by id and by selector, and skips unsupported alternatives', () => {
    const root = document.createElement('section');
    root.innerHTML =
      `<div class="o">${'<div>'.repeat(30)}<b id="t"><a>x</a></b>${'</div>'.repeat(30)}</div>` +
      '<div class="o"><i class="t"></i></div>';
    const [deep, shallow] = Array.from(root.querySelectorAll('.o'));
    expect(byOwner(['#t'], [deep!, shallow!]).get(deep!)).toHaveLength(1);
    expect(byOwner(['[id="t"]'], [deep!]).get(deep!)?.[0]?.tagName).toBe('B');
    expect(byOwner(['[id="t"] a'], [deep!]).get(deep!)?.[0]?.tagName).toBe('A');
    const got = byOwner(['::nonsense(', '#t', '.t'], [deep!, shallow!]);
    expect(got.get(deep!)?.[0]?.id).toBe('t');
    expect(got.get(shallow!)?.[0]?.className).toBe('t');
  });
});

function byPosition(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

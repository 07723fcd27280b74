// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byOwner } from '../../src/sites/common/dom';

/** The first version: one query over the whole root, each match walked up to its owner. */
function reference(root: ParentNode, selectors: readonly string[], owners: readonly Element[]) {
  const set = new Set(owners);
  const map = new Map<Element, Element[]>();
  const selector = selectors.find((s) => root.querySelector(s));
  for (const el of selector ? Array.from(root.querySelectorAll(selector)) : []) {
    let o: Element | null = el;
    for (let depth = 0; o && !set.has(o) && depth < 24; depth++) o = o.parentElement;
    if (o && set.has(o)) map.set(o, [...(map.get(o) ?? []), el]);
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

describe('byOwner', () => {
  it('groups exactly as one whole-page query walked up to the nearest owner', () => {
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
          for (const selectors of [['.t'], ['.none', '.t'], ['.u, .t'], ['.none']]) {
            const got = byOwner(root, selectors, owners);
            const want = reference(root, selectors, owners);
            expect([...got.keys()].sort(byPosition)).toEqual([...want.keys()].sort(byPosition));
            for (const [owner, els] of want) expect(got.get(owner)).toEqual(els);
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('finds nothing deeper than 24 levels below the owner, as before', () => {
    const root = document.createElement('section');
    root.innerHTML = `<div class="o">${'<div>'.repeat(24)}<b class="t"></b>${'</div>'.repeat(24)}</div>`;
    const owner = root.querySelector('.o')!;
    expect(byOwner(root, ['.t'], [owner]).size).toBe(0);
    owner.innerHTML = `${'<div>'.repeat(23)}<b class="t"></b>${'</div>'.repeat(23)}`;
    expect(byOwner(root, ['.t'], [owner]).get(owner)).toHaveLength(1);
  });
});

function byPosition(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

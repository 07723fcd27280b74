// Turns a fixture page into a heavy one in place: the page's largest repeated structure that
// holds links (profile grid rows, comment items) is copied with renamed ids until the page
// shows the wanted number of items, and the embedded JSON entries are copied alongside.
import { idOfLink, idRenaming, renamedClone } from './rename-ids';
import { scaleJsonScripts } from './scale-json';

export const LIST_MARK = 'data-bench-list';

interface Group {
  parent: Element;
  members: Element[];
}

const signature = (el: Element) => `${el.tagName}.${Array.from(el.classList).sort().join('.')}`;
const hasLink = (el: Element) => el.matches('a[href]') || !!el.querySelector('a[href]');

/** Siblings of one shape holding links, the group with the most elements in all. */
function largestRepeatedGroup(doc: Document): Group | null {
  let best: Group | null = null;
  let bestSize = 0;
  for (const parent of Array.from(doc.body.querySelectorAll('*'))) {
    const byShape = new Map<string, Element[]>();
    for (const child of Array.from(parent.children)) {
      if (!hasLink(child)) continue;
      const list = byShape.get(signature(child)) ?? [];
      list.push(child);
      byShape.set(signature(child), list);
    }
    for (const members of byShape.values()) {
      if (members.length < 2) continue;
      const size = members.reduce((sum, m) => sum + m.getElementsByTagName('*').length + 1, 0);
      if (size > bestSize) [best, bestSize] = [{ parent, members }, size];
    }
  }
  return best;
}

function idsOf(members: readonly Element[]): Set<string> {
  const ids = new Set<string>();
  for (const m of members)
    for (const a of [m, ...Array.from(m.querySelectorAll('[href]'))]) {
      const id = idOfLink(a.getAttribute('href') ?? '');
      if (id) ids.add(id);
    }
  return ids;
}

export interface ScaleResult {
  html: string;
  /** HTML of more copies, appended by the "scroll" step to trigger a lazy-load re-read. */
  more: string;
  copies: number;
  jsonEntriesAdded: number;
}

/** Scales the current document by `factor` (original + factor - 1 copies) and serialises it. */
export function scalePage(doc: Document, factor: number, moreCopies: number): ScaleResult {
  const group = largestRepeatedGroup(doc);
  if (!group) throw new Error('no repeated structure with links on the page');
  const ids = idRenaming(idsOf(group.members));
  group.parent.setAttribute(LIST_MARK, '');
  let last = group.members[group.members.length - 1]!;
  for (let k = 1; k < factor; k++)
    for (const member of group.members) {
      const copy = renamedClone(member, ids, k);
      last.after(copy);
      last = copy;
    }
  const more: string[] = [];
  for (let k = factor; k < factor + moreCopies; k++)
    for (const member of group.members) more.push(renamedClone(member, ids, k).outerHTML);
  const jsonEntriesAdded = scaleJsonScripts(doc, ids, factor);
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  return {
    html: doctype + doc.documentElement.outerHTML,
    more: more.join('\n'),
    copies: factor - 1,
    jsonEntriesAdded,
  };
}

// Scaling the embedded JSON of a page: the largest array whose entries mention the repeated
// posts or comments gets `factor - 1` renamed copies of its entries.
import { renameInJson, type IdRenaming } from './rename-ids';

interface ScriptJson {
  before: string;
  value: unknown;
  after: string;
}

/** A <script> holding JSON, plain or assigned ("window._sharedData = {…};"). */
function parseScript(text: string): ScriptJson | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { before: '', value: JSON.parse(trimmed), after: '' };
    } catch {
      return null;
    }
  }
  const assigned = /^([^{[]*?=\s*)([{[][\s\S]*[}\]])(\s*;?\s*)$/.exec(trimmed);
  if (!assigned) return null;
  try {
    return { before: assigned[1]!, value: JSON.parse(assigned[2]!), after: assigned[3]! };
  } catch {
    return null;
  }
}

function mentions(value: unknown, ids: ReadonlySet<string>): boolean {
  const text = JSON.stringify(value);
  for (const id of ids) if (text.includes(`"${id}"`) || text.includes(`/${id}`)) return true;
  return false;
}

/** The largest array of objects with at least one entry mentioning an id. */
function targetArray(value: unknown, ids: ReadonlySet<string>): unknown[] | null {
  let best: unknown[] | null = null;
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      const objects = v.filter((x) => x && typeof x === 'object');
      if (objects.length && (!best || v.length > best.length) && v.some((x) => mentions(x, ids)))
        best = v;
      v.forEach(visit);
    } else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return best;
}

/** Scales every JSON script of the document; returns how many entries were added. */
export function scaleJsonScripts(doc: Document, r: IdRenaming, factor: number): number {
  let added = 0;
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const parsed = parseScript(script.textContent ?? '');
    const target = parsed && targetArray(parsed.value, r.ids);
    if (!parsed || !target) continue;
    const originals = [...target];
    for (let k = 1; k < factor; k++)
      for (const entry of originals) target.push(renameInJson(entry, r, k));
    added += originals.length * (factor - 1);
    // "<" escaped so no "</script>" inside the JSON can end the element early.
    const json = JSON.stringify(parsed.value).replace(/</g, '\\u003c');
    script.textContent = parsed.before + json + parsed.after;
  }
  return added;
}

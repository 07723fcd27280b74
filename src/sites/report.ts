/**
 * "Report this page": the stats region's HTML with personal text masked, so a user can attach
 * it to a bug report when a site changes. Letters become x/X, digits stay (counts remain
 * checkable), structure (tags, data-e2e, classes, ids, roles) stays. Pure: works on a copy.
 */
// Attributes that describe structure, never a person.
const KEEP_ATTRS = new Set([
  'data-e2e',
  'class',
  'id',
  'role',
  'type',
  'dir',
  'tabindex',
  'aria-hidden',
  'viewbox',
]);

/** Letters → x/X (any script), digits and punctuation kept. */
export function maskText(text: string): string {
  return text.replace(/\p{L}/gu, (ch) => (ch !== ch.toLowerCase() ? 'X' : 'x'));
}

function maskJson(value: unknown): unknown {
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map(maskJson);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = maskJson(v);
    return out;
  }
  return value; // numbers, booleans, null: the stats a report is about
}

/** A script keeps its JSON (strings masked, numbers kept); code is dropped. */
function maskScript(script: Element): void {
  let json: unknown = null;
  try {
    json = JSON.parse(script.textContent ?? '');
  } catch {
    json = null;
  }
  script.textContent =
    json !== null && typeof json === 'object' ? JSON.stringify(maskJson(json)) : '';
}

function maskNode(node: Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) child.nodeValue = maskText(child.nodeValue ?? '');
    else if (child.nodeType === 8) child.parentNode?.removeChild(child);
    else if (child.nodeType === 1) maskElement(child as Element);
  }
}

function maskElement(el: Element): void {
  for (const attr of Array.from(el.attributes)) {
    if (!KEEP_ATTRS.has(attr.name.toLowerCase())) el.setAttribute(attr.name, maskText(attr.value));
  }
  const tag = el.tagName.toLowerCase();
  if (tag === 'script') maskScript(el);
  else if (tag === 'style') el.textContent = '';
  else maskNode(el);
}

export function maskedRegionHtml(region: Element): string {
  const copy = region.cloneNode(true) as Element;
  maskElement(copy);
  return copy.outerHTML;
}

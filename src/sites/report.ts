import type { PageReading } from '../shared/model';

/**
 * "Report this page": the stats region's HTML with personal text masked, so a user can attach
 * it to a bug report when a site changes. Letters become x/X; digits become 0 except the
 * numbers of the stats the report carries (so counts stay checkable, but a viewer's id or a
 * phone number in the region, or in the whole body when no region was found, does not).
 * Structure (tags, data-e2e, classes, ids, roles) stays. Pure: works on a copy.
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

const NUMBER = /\d(?:[\d.,'\u00A0\u202F ]*\d)?/g;

/** The numbers the report is about ("8,412" of "8,412 followers"). */
function statNumbers(raws: readonly (string | null | undefined)[]): Set<string> {
  return new Set(raws.flatMap((raw) => raw?.match(NUMBER) ?? []));
}

/** Every number not among `keep` has its digits turned to 0 ("+49 151 234" → "+00 000 000"). */
function maskDigits(text: string, keep: ReadonlySet<string>): string {
  return text.replace(NUMBER, (n) => (keep.has(n) ? n : n.replace(/\d/g, '0')));
}

/** JSON keys whose numbers are counts a site shows (kept); any other number is masked. */
const STAT_KEY = /count|follow|like|view|subscri|heart|digg|play|post|video|comment|media/i;
/** Embedded JSON kept only when it carries the profile's counts (a site's profile data). */
const PROFILE_DATA = /"[^"]*(?:follower|subscriber)[^"]*"\s*:/i;

function maskJson(value: unknown, keep: ReadonlySet<string>, key = ''): unknown {
  if (typeof value === 'string') return maskDigits(maskText(value), keep);
  if (typeof value === 'number') return STAT_KEY.test(key) ? value : 0;
  if (Array.isArray(value)) return value.map((v) => maskJson(v, keep, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskJson(v, keep, k);
    return out;
  }
  return value; // booleans, null
}

/** Only a script holding the profile's data keeps its JSON (masked); code and other data go. */
function maskScript(script: Element, keep: ReadonlySet<string>): void {
  const text = script.textContent ?? '';
  let json: unknown = null;
  try {
    json = PROFILE_DATA.test(text) ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  script.textContent =
    json !== null && typeof json === 'object' ? JSON.stringify(maskJson(json, keep)) : '';
}

function maskNode(node: Node, keep: ReadonlySet<string>): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) child.nodeValue = maskDigits(maskText(child.nodeValue ?? ''), keep);
    else if (child.nodeType === 8) child.parentNode?.removeChild(child);
    else if (child.nodeType === 1) maskElement(child as Element, keep);
  }
}

function maskElement(el: Element, keep: ReadonlySet<string>): void {
  for (const attr of Array.from(el.attributes)) {
    if (!KEEP_ATTRS.has(attr.name.toLowerCase()))
      el.setAttribute(attr.name, maskDigits(maskText(attr.value), keep));
  }
  const tag = el.tagName.toLowerCase();
  if (tag === 'script') maskScript(el, keep);
  else if (tag === 'style') el.textContent = '';
  else maskNode(el, keep);
}

/** `stats`: the raw texts of the counts the report carries; their numbers stay readable. */
export function maskedRegionHtml(region: Element, stats: readonly (string | null)[] = []): string {
  const copy = region.cloneNode(true) as Element;
  maskElement(copy, statNumbers(stats));
  return copy.outerHTML;
}

/** The shown text of every count in the reading: the numbers a report may keep. */
function reportedStats(s: PageReading | null): (string | null)[] {
  if (!s) return [];
  const stats = [s.followers, s.following, s.postCount, s.totalLikes, s.storyViews];
  for (const p of s.posts) stats.push(p.views, p.likes, p.comments);
  return stats.map((stat) => stat?.raw ?? null);
}

/**
 * The region's HTML as the content script sent it, masked in the extension's own page (the
 * masking code stays out of the content scripts' 12 KB). It is parsed into an inert template
 * of `doc`: nothing in it runs, loads or is shown.
 */
export function maskedHtml(doc: Document, html: string, reading: PageReading | null): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const keep = statNumbers(reportedStats(reading));
  const holder = doc.createElement('div');
  holder.append(template.content);
  maskNode(holder, keep);
  return holder.innerHTML;
}

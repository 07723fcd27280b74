import type { Stat } from '../../shared/stat';
import { arr, assignedJson, get } from '../common/json';
import { statFromText } from '../common/stat';

/**
 * YouTube's embedded data: `var ytInitialData = {...};` (page structure, header, grid, watch
 * info) and `var ytInitialPlayerResponse = {...};` (exact view count, publish date).
 * Both stay in the document after in-app navigation, so callers match ids first.
 */
export const initialData = (doc: Document): unknown => assignedJson(doc, 'ytInitialData');
export const playerResponse = (doc: Document): unknown =>
  assignedJson(doc, 'ytInitialPlayerResponse');

/** Text of any YouTube text object: {simpleText}, {runs: [{text}]}, {content} (view models). */
export function ytText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  const simple = get(value, 'simpleText') ?? get(value, 'content');
  if (typeof simple === 'string') return simple.trim() || null;
  const runs = arr(get(value, 'runs'))
    .map((r) => get(r, 'text'))
    .filter((t): t is string => typeof t === 'string');
  return runs.length ? runs.join('').trim() || null : null;
}

/**
 * YouTube abbreviates subscriber counts to three significant digits and rounds them down
 * ("58.4K" may be 58,499), so the range covers truncation as well as rounding.
 */
export function subscriberStat(stat: Stat): Stat {
  if (!stat || stat.value < 1000) return stat;
  const unit = 10 ** (String(stat.value).length - 3);
  if (stat.value % unit !== 0) return stat;
  return {
    ...stat,
    low: Math.min(stat.low, stat.value),
    high: Math.max(stat.high, stat.value + unit - 1),
  };
}

export function textStat(value: unknown, locale: string): Stat {
  return statFromText(ytText(value), 'json', locale);
}

/** Depth-first search for objects under the given renderer keys (grids nest them deeply). */
export function collect(
  root: unknown,
  keys: ReadonlySet<string>,
  out: Array<[string, unknown]> = [],
  depth = 0,
): Array<[string, unknown]> {
  if (!root || typeof root !== 'object' || depth > 30 || out.length >= 2000) return out;
  if (Array.isArray(root)) {
    for (const item of root) collect(item, keys, out, depth + 1);
    return out;
  }
  for (const [key, value] of Object.entries(root)) {
    if (keys.has(key)) out.push([key, value]);
    else if (value && typeof value === 'object') collect(value, keys, out, depth + 1);
  }
  return out;
}

/** One renderer found by `collect`: its key and its object. */
export type RendererItem = [string, unknown];

// The walk over a 300 KB ytInitialData is repeated on every read of the page: the tree comes
// from one parse per script text (common/json.ts), so its renderers are found once per tree.
const collected = new WeakMap<object, WeakMap<ReadonlySet<string>, RendererItem[]>>();

/** `collect` once per tree and key set; the same pair objects each time (item-memo keys). */
export function collectOnce(root: unknown, keys: ReadonlySet<string>): RendererItem[] {
  if (!root || typeof root !== 'object') return [];
  let byKeys = collected.get(root);
  if (!byKeys) collected.set(root, (byKeys = new WeakMap()));
  let found = byKeys.get(keys);
  if (!found) byKeys.set(keys, (found = collect(root, keys)));
  return found;
}

/** "/redirect?…&q=<target>" → target; other links as they are. */
export function redirectTarget(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, 'https://www.youtube.com/');
    if (url.pathname === '/redirect') return url.searchParams.get('q');
    return url.hostname.endsWith('youtube.com') ? null : url.href;
  } catch {
    return null;
  }
}

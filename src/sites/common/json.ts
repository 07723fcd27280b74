/**
 * Embedded page data read by parsing script text, never by evaluating it.
 */
/** JSON text as a value; null when there is none or it is not JSON (never throws). */
export function parseJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// Embedded data is large (YouTube's is 300 KB+) and re-read on every lazy load: parse each
// script once, keyed by the element and invalidated when its text changes length.
const parsed = new WeakMap<Element, Map<string, { length: number; value: unknown }>>();

function cachedParse(script: Element, key: string, parse: (text: string) => unknown): unknown {
  const text = script.textContent ?? '';
  let byKey = parsed.get(script);
  if (!byKey) parsed.set(script, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit && hit.length === text.length) return hit.value;
  const value = parse(text);
  byKey.set(key, { length: text.length, value });
  return value;
}

/** The object after `"key":` in a script's text, parsed once per script text (see above). */
export function scriptJsonAfterKey(script: Element, key: string): unknown {
  return cachedParse(script, `after ${key}`, (text) => jsonAfterKey(text, key));
}

/** `<script id="…" type="application/json">` (TikTok's rehydration data, Next.js data). */
export function scriptJsonById(doc: Document, id: string): unknown {
  const el = doc.getElementById(id);
  return el?.tagName === 'SCRIPT' ? cachedParse(el, id, parseJson) : null;
}

/**
 * The object literal assigned in an inline script: `var ytInitialData = {...};` or
 * `window._sharedData = {...};`. The JSON runs from the first brace after the name to the
 * last closing brace of that script.
 */
export function assignedJson(doc: Document, name: string): unknown {
  for (const script of Array.from(doc.scripts)) {
    if (script.src) continue;
    const value = cachedParse(script, name, (text) => assignedIn(text, name));
    if (value) return value;
  }
  return null;
}

function assignedIn(text: string, name: string): unknown {
  const at = text.indexOf(name);
  if (at < 0) return null;
  const start = text.indexOf('{', at + name.length);
  const end = text.lastIndexOf('}');
  const between = text.slice(at + name.length, start).replace(/^['"]/, '');
  if (start < 0 || end <= start || !/^\s*(?:\]\s*)?=\s*$/.test(between)) return null;
  return parseJson(text.slice(start, end + 1)) ?? parseJson(balancedObject(text, start));
}

/** Safe deep read: get(obj, 'a', 0, 'b') is obj?.a?.[0]?.b, for any unknown input. */
export function get(value: unknown, ...path: Array<string | number>): unknown {
  let cur: unknown = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The JSON object starting at `start` (a "{"), found by counting braces outside strings.
 * Used to cut one value out of a larger script without parsing all of it.
 */
function balancedObject(text: string, start: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

/** The object that follows `"key":` in a script's text, parsed alone (null when absent). */
function jsonAfterKey(text: string, key: string): unknown {
  const at = text.indexOf(`"${key}":`);
  if (at < 0) return null;
  const start = at + key.length + 3;
  const open = text[start];
  if (open !== '{' && open !== '[') return null;
  return parseJson(balancedObject(text, start));
}

/** decodeURIComponent that returns the text as it is when its escapes are malformed. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

import type { z } from 'zod';

/**
 * Clip, never reject. The creator controls captions, bios, hashtags and comments, so one
 * over-long field (a 160-letter hashtag, a 3,500-character description) must not make the
 * whole reading fail the contract: that would be a way to dodge vetting. Every text is cut
 * to its schema's `max` at a grapheme boundary (never inside an emoji or a surrogate pair)
 * and ends in "…"; every list is cut to its `max` items. The limits are read from the zod
 * schema itself, so they cannot drift from the contract. Runs before validation, on
 * untrusted input: anything that is not the expected shape is left for zod to refuse.
 */
export const CLIP_MARK = '…';

const graphemes =
  typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter('en', { granularity: 'grapheme' })
    : null;
/** A grapheme cluster longer than this is cut anyway (no real text has one). */
const LONGEST_CLUSTER = 64;

/** The last grapheme boundary at or before `at` (ICU's own rules; fast via `containing`). */
function boundaryBefore(text: string, at: number): number {
  if (graphemes) {
    // Segmenting only a window keeps a 1 MB text as cheap as a short one.
    const window = text.slice(0, at + LONGEST_CLUSTER);
    return graphemes.segment(window).containing(at)?.index ?? at;
  }
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at; // never half a surrogate pair
}

/** `text` cut to at most `max` UTF-16 units (zod's measure), ending in the clip mark. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const budget = max - CLIP_MARK.length;
  return text.slice(0, boundaryBefore(text, budget)) + CLIP_MARK;
}

export interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}

/** zod's definition of a schema: its kind, parts and checks (the walker's map). */
export const defOf = (schema: z.ZodType) => (schema as unknown as { def: SchemaDef }).def;

export function maxOf(def: SchemaDef): number | null {
  const limits = (def.checks ?? [])
    .map((c) => c._zod.def)
    .filter((c) => c.check === 'max_length' && typeof c.maximum === 'number')
    .map((c) => c.maximum!);
  return limits.length ? Math.min(...limits) : null;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `value` with every string and array cut to `schema`'s limits; `clipped` collects the paths
 * cut ("posts.3.hashtags.0"). Returns the same object when nothing needed cutting.
 */
export function clipToSchema(
  schema: z.ZodType,
  value: unknown,
  clipped: string[],
  path = '',
): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
      return value == null ? value : clipToSchema(def.innerType!, value, clipped, path);
    case 'pipe':
      return clipToSchema(def.in!, value, clipped, path);
    case 'string': {
      const max = maxOf(def);
      if (typeof value !== 'string' || max === null || value.length <= max) return value;
      clipped.push(path);
      return clipText(value, max);
    }
    case 'array': {
      if (!Array.isArray(value)) return value;
      const max = maxOf(def);
      const kept = max !== null && value.length > max ? value.slice(0, max) : value;
      if (kept !== value) clipped.push(path);
      let changed = kept !== value;
      const items = kept.map((item: unknown, i) => {
        const next = clipToSchema(def.element!, item, clipped, `${path}.${i}`);
        changed ||= next !== item;
        return next;
      });
      return changed ? items : value;
    }
    case 'object': {
      if (!isPlainObject(value)) return value;
      let next: Record<string, unknown> | null = null;
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        if (!(key in value)) continue;
        const cut = clipToSchema(field, value[key], clipped, path ? `${path}.${key}` : key);
        if (cut !== value[key]) (next ??= { ...value })[key] = cut;
      }
      return next ?? value;
    }
    default:
      return value;
  }
}

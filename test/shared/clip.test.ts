import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CLIP_MARK, clipText, defOf, maxOf } from '../../src/shared/clip';
import { ContentToBackground, ReadingReply } from '../../src/shared/messages';
import { PageReading } from '../../src/shared/model';

const root = path.resolve(import.meta.dirname, '../fixtures/sites');
const pages = JSON.parse(readFileSync(path.join(root, 'pages.json'), 'utf8')) as { file: string }[];
const pageReadings = pages.map((p) => ({
  name: p.file,
  reading: JSON.parse(
    readFileSync(path.join(root, p.file.replace(/\.html$/, '.expected.json')), 'utf8'),
  ) as PageReading,
}));

/** Odd text a creator can put in a field: emoji sequences, lone marks, bidi overrides, NUL. */
const oddPiece = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.constantFrom('👨‍👩‍👧‍👦', '🇩🇪', 'é', '\u202Eevil', '\u0000', '#', '\uD83D\uDE00', '\u200B'),
);

/**
 * Every free-text field (a string with a max) replaced by `piece` repeated past its limit,
 * every list with a max given `extra` items more (copies of its first), walking the schema
 * beside the value; a null text field gets a planted text too.
 */
function plant(schema: z.ZodType, value: unknown, piece: string, extra: number): unknown {
  const def = defOf(schema);
  if (def.type === 'nullable' || def.type === 'optional') {
    const inner = defOf(def.innerType!);
    if (value == null && inner.type !== 'string') return value;
    return plant(def.innerType!, value, piece, extra);
  }
  if (def.type === 'string') {
    const max = maxOf(def);
    return max === null ? value : piece.repeat(Math.ceil((max + extra) / piece.length));
  }
  if (def.type === 'array' && Array.isArray(value)) {
    const max = maxOf(def);
    const longer =
      max !== null && value.length > 0 && max <= 200
        ? [...value, ...Array(max + extra - value.length).fill(value[0])]
        : value;
    return longer.map((item) => plant(def.element!, item, piece, extra));
  }
  if (def.type === 'object' && value && typeof value === 'object') {
    const out: Record<string, unknown> = { ...(value as object) };
    for (const [key, field] of Object.entries(def.shape ?? {}))
      if (key in out) out[key] = plant(field, out[key], piece, extra);
    return out;
  }
  return value;
}

const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('clip, never reject', () => {
  it('a 160-letter hashtag or a 3,500-character description keeps the reading', () => {
    const snap = structuredClone(pageReadings.find((r) => r.reading.posts.length > 0)!.reading);
    snap.posts[0]!.hashtags = ['a'.repeat(160)];
    snap.bio = 'd'.repeat(3500);
    expect(PageReading.safeParse(snap).success).toBe(false);
    const message = ContentToBackground.parse({ type: 'content/reading', reading: snap });
    const parsed = message.type === 'content/pageData' ? null : message;
    expect(parsed?.reading.posts[0]!.hashtags[0]).toBe('a'.repeat(149) + CLIP_MARK);
    expect(parsed?.reading.bio).toHaveLength(3000);
    expect(parsed?.reading.clipped).toEqual(['bio', 'posts.0.hashtags.0']);
  });

  it('cuts at a grapheme boundary, never inside an emoji or a surrogate pair', () => {
    const family = '👨‍👩‍👧‍👦'; // 11 UTF-16 units, one grapheme
    expect(clipText(family.repeat(3), 20)).toBe(family + CLIP_MARK);
    expect(clipText('ab😀😀', 4)).toBe('ab' + CLIP_MARK);
    expect(clipText('short', 5)).toBe('short');
  });

  it('over-long and odd values planted in every field of every fixture still pass', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pageReadings),
        oddPiece,
        fc.integer({ min: 1, max: 40 }),
        ({ reading }, piece, extra) => {
          const planted = plant(PageReading, reading, piece, extra);
          const sent = ContentToBackground.safeParse({
            type: 'content/reading',
            reading: planted,
          });
          const shown = ReadingReply.safeParse({ ok: true, reading: planted });
          expect(sent.success && shown.success).toBe(true);
          if (!sent.success || sent.data.type === 'content/pageData') return;
          const clipped = sent.data.reading;
          expect(clipped.clipped?.length).toBeGreaterThan(0);
          for (const text of strings(clipped)) expect(hasLoneSurrogate(text)).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  }, 300_000);
});

import { z } from 'zod';
import { clipToSchema } from './clip';
import { PageReading } from './model';
import { MAX_BODY_CHARS, MAX_BODY_PIECES, MAX_URL_CHARS } from './page-data';

/**
 * A reading as it arrives from a content script: every text and list clipped to the
 * contract's limits first (clip.ts), so one over-long field never costs the whole reading.
 * Every receiver (the worker, the popup, the page report) validates readings with this.
 */
export const IncomingReading = z.preprocess((raw) => {
  const clipped: string[] = [];
  const out = clipToSchema(PageReading, raw, clipped);
  if (clipped.length === 0 || typeof out !== 'object' || out === null) return out;
  const earlier = (out as { clipped?: unknown }).clipped;
  const marks = [...(Array.isArray(earlier) ? earlier : []), ...clipped].slice(0, 100);
  return { ...out, clipped: marks };
}, PageReading);

/**
 * The one message contract. Types are named by direction, so a
 * receiver's parser shows who may send what:
 * content → background, ui → content. Every receiver parses with these schemas before
 * acting, and answers anything else with an error (other extensions send messages too).
 */
export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content/reading'), reading: IncomingReading }),
  /**
   * What changed since the last send from the same page: its header fields whole, only the
   * posts that changed or are new, each with only its new comments (content/reading-diff.ts).
   * Merged into the stored record; refused when there is none, and then sent whole.
   */
  z.object({ type: z.literal('content/readingPatch'), reading: IncomingReading }),
  /**
   * A body the page's own script loaded (the main-world hook passed it on): the worker reads
   * it with the site's parser and merges its items into the tab's page (PageDataReply).
   */
  z.object({
    type: z.literal('content/pageData'),
    url: z.string().max(MAX_URL_CHARS),
    page: z.string().max(MAX_URL_CHARS),
    body: z.string().max(MAX_BODY_CHARS),
    locale: z.string().max(100),
    /** One piece of a large body: handing over 300 KB in one message costs the page ~15 ms. */
    piece: z
      .object({
        id: z.string().max(40),
        index: z
          .number()
          .int()
          .min(0)
          .max(MAX_BODY_PIECES - 1),
        count: z.number().int().min(2).max(MAX_BODY_PIECES),
      })
      .refine((p) => p.index < p.count, 'piece index past its count')
      .optional(),
  }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

export const UiToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui/getReading') }),
  z.object({ type: z.literal('ui/reportPage') }),
]);
export type UiToContent = z.infer<typeof UiToContent>;

export const UiToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui/rescore'), creatorId: z.string().max(200) }),
]);
export type UiToBackground = z.infer<typeof UiToBackground>;

/**
 * What travels over a port (content/page-data-sender.ts): a message with its number, which the
 * worker's reply carries back as `{ seq, reply }`.
 */
export const PortEnvelope = z.object({
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  message: z.unknown(),
});

export const ErrorReply = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorReply = z.infer<typeof ErrorReply>;

/**
 * The worker's answer to content/pageData. The items stay in the worker, merged into the
 * record of the page the tab shows; `known` is false when the worker knows no reading of that
 * page (it has not come yet, or the worker stopped and forgot it).
 */
export interface PageDataReply {
  ok: true;
  known: boolean;
}

export const ReadingStored = z.object({ ok: z.literal(true), creatorId: z.string().nullable() });

/** The background's answer to ui/rescore; anything else is treated as a failure. */
export const RescoreReply = z.union([
  z.object({ ok: z.literal(true), creatorId: z.string() }),
  ErrorReply,
]);

export const ReadingReply = z.object({
  ok: z.literal(true),
  reading: IncomingReading.nullable(),
  /** Why there is no reading: not a creator page, or the page could not be read. */
  reason: z.string().optional(),
});
export type ReadingReply = z.infer<typeof ReadingReply>;

export const PageReport = z.object({
  ok: z.literal(true),
  /** The stats region's HTML as the page shows it: the popup masks it before saving. */
  html: z.string(),
  reading: IncomingReading.nullable(),
  url: z.string(),
  capturedAt: z.string(),
});
export type PageReport = z.infer<typeof PageReport>;

export function errorReply(error: string): ErrorReply {
  return { ok: false, error };
}

/** zod's issues, shortened to one line a user can read. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'message'}: ${i.message}`)
    .join('; ');
}

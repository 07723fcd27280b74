import * as z from 'zod/mini';
import type { Comment, Post } from '../../shared/model';
import type { Stat } from '../../shared/stat';

/**
 * What one response the page loaded says, once validated: posts with their owner, comments
 * with the post they belong to, profile figures. Owners are lower-case handles, or YouTube
 * channel ids ("UC…") with `aliases` naming their handle. Nothing here is trusted further
 * than the page's own DOM: the reader attaches items only to the creator the page is about.
 */
export interface LoadedPost {
  id: string;
  owner: string;
  post: Post;
}

interface LoadedComments {
  postId: string;
  comments: Comment[];
}

export interface LoadedProfile {
  owner: string;
  followers: Stat;
  following: Stat;
  postCount: Stat;
  totalLikes: Stat;
}

export interface Loaded {
  posts: LoadedPost[];
  comments: LoadedComments[];
  profiles: LoadedProfile[];
  /** [channel id, handle] pairs a response states (YouTube). */
  aliases: Array<[string, string]>;
}

/** One response's items at most: a forged body of 100,000 items costs no more than 100. */
export const MAX_ITEMS_PER_RESPONSE = 100;

export function emptyLoaded(): Loaded {
  return { posts: [], comments: [], profiles: [], aliases: [] };
}

/** A count as sites send it: a number, or digits in a string (TikTok's statsV2). */
export const jsonCount = () => z.optional(z.nullable(z.union([z.number(), z.string()])));

/** What the parsers need of a schema. */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}
export type Parsed<P> = P extends Parser<infer T> ? T : never;

/**
 * A schema built when first used. The capture scripts once ran on every page of the three
 * sites at document_start, before the site's own scripts; building their zod schemas there was the
 * profiler's "init" and "defineLazyInternal" (5–35 ms) on pages that may never load a body.
 */
export function lazySchema<S extends z.ZodMiniType>(make: () => S): Parser<z.infer<S>> {
  let schema: S | undefined;
  return {
    safeParse: (value) => {
      const r = (schema ??= make()).safeParse(value);
      return r.success ? { success: true, data: r.data } : { success: false };
    },
  };
}

/**
 * Validates each item on its own, so one odd item costs only itself; returns the valid ones
 * (at most MAX_ITEMS_PER_RESPONSE).
 */
export function validItems<T>(schema: Parser<T>, items: readonly unknown[]): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= MAX_ITEMS_PER_RESPONSE) break;
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export const markLoaded = (post: Post): Post => ({ ...post, loaded: true });

import type { ContentFormat } from '../roi/prices';

/** Each site's own words, so YouTube reads "subscribers" and "videos". */
export interface Words {
  followers: string;
  posts: string;
  post: string;
}

/**
 * What the extension knows about one site, as plain data (no DOM, no browser API), so the
 * background, the pages, the build, the bench and the tests all read the same row.
 */
export interface SiteRow {
  /** Stable id: stored with every creator, in CSV files and in message keys. */
  id: string;
  /** The site's name as people write it. */
  label: string;
  /** The one host the extension reads: its host permission and content-script match. */
  host: string;
  /** Other hosts an address typed or pasted by the marketer may use; never read. */
  otherHosts: readonly string[];
  /** What a handle may hold, and the same rule in words for a refused one. */
  handle: { pattern: RegExp; rule: string };
  /** The creator's profile page on the site. */
  profileUrl(handle: string): string;
  /** The format a creator is usually booked for here, until the marketer picks one. */
  defaultFormat: ContentFormat;
  words: Words;
  /**
   * How a bio or a bio link names an account here: the hosts people write (no "www." or "m."
   * needed) and the handle a path's first two segments name, or null for a page that is no
   * account (a post, a search). Read from text only; nothing is opened.
   */
  bioLinks: {
    hosts: readonly string[];
    account(first: string, second: string | null): string | null;
  };
  /** Entry files of the site's two content scripts, built as content-<id>.js, capture-<id>.js. */
  scripts: { content: string; capture: string };
}

/**
 * The part of a row the site's own content scripts carry (src/sites/<site>/site.ts); the parts
 * only pages and the worker read (bio links) are joined to it in table.ts, so those scripts
 * stay small.
 */
export type SiteCore = Omit<SiteRow, 'bioLinks'>;

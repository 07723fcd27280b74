import type { PageKind, PageReading, Platform } from '../shared/model';

/**
 * One adapter per site. Pure functions of (Document, URL): no browser API, no storage,
 * so they run the same in the content script, in unit tests (happy-dom) and in the bench.
 */
export interface SiteAdapter {
  platform: Platform;
  /** Host names the adapter serves (the manifest's host permissions match these). */
  hosts: readonly string[];
  /** Page kind from the URL alone; 'other' means the content script does no work. */
  detect(url: URL): PageKind;
  /** Everything the page shows; unreadable values stay null ("not visible"). Never throws. */
  read(doc: Document, url: URL, now: Date): PageReading;
  /** The element holding the stats, for "Report this page" (null when not found). */
  statsRegion(doc: Document, url: URL): Element | null;
}

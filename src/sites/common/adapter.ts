import type { PageKind, PageReading, Platform } from '../../shared/model';
import { emptyReading } from '../../shared/reading-factory';
import type { SiteAdapter } from '../types';
import { pageLocale } from './dom';

/**
 * The part every adapter shares: the empty reading, the page's locale, and the promise never
 * to throw (a reader that meets an unexpected page keeps what it read; the rest stays null).
 */
/** Fills a reading for one page kind; readers of every site share this signature. */
export type PageFill = (
  doc: Document,
  url: URL,
  snap: PageReading,
  now: Date,
  locale: string,
) => void;

export interface SiteReader {
  platform: Platform;
  hosts: readonly string[];
  detect(url: URL): PageKind;
  /** Handle of the account the URL belongs to, when the URL names it. */
  handleOf(url: URL): string | null;
  /** Fills `snap` for a non-"other" page. */
  fill: PageFill;
  statsRegion(doc: Document, url: URL): Element | null;
}

export function defineAdapter(reader: SiteReader): SiteAdapter {
  return {
    platform: reader.platform,
    hosts: reader.hosts,
    detect: reader.detect,
    statsRegion: reader.statsRegion,
    read(doc: Document, url: URL, now: Date): PageReading {
      const kind = reader.detect(url);
      const snap = emptyReading(reader.platform, kind, url.href, now);
      snap.handle = reader.handleOf(url);
      if (kind === 'other') return snap;
      try {
        reader.fill(doc, url, snap, now, pageLocale(doc));
      } catch {
        // An unexpected page shape: keep what was read; the rest stays "not visible".
      }
      return snap;
    },
  };
}

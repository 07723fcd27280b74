import type { Loaded } from '../sites/common/loaded';
import { addLoaded, loadedStore } from './loaded-store';
import { MAX_BODY_CHARS, PAGE_DATA_EVENT, unpackPageData } from './page-data';

/** What a site's capture script knows: its hosts, a cheap pre-check and its parsers. */
export interface SiteResponses {
  hosts: readonly string[];
  /** False when the raw text cannot hold anything for this page (skips JSON.parse). */
  worth(url: URL, page: URL, text: string): boolean;
  parse(url: URL, body: unknown, page: URL, now: Date, locale: string): Loaded | null;
}

/** At most this many bodies wait for idle time; a flood beyond it is dropped. */
const MAX_QUEUE = 30;

interface Waiting {
  url: URL;
  page: URL;
  body: string;
}

type Idle = (fn: () => void) => void;
const idle: Idle =
  typeof requestIdleCallback === 'function'
    ? (fn) => requestIdleCallback(fn, { timeout: 2000 })
    : (fn) => setTimeout(fn, 50);

function parseJson(text: string): unknown {
  try {
    // Some Instagram endpoints prefix their JSON with an infinite loop against JSON hijacking.
    return JSON.parse(text.startsWith('for (;;);') ? text.slice(9) : text);
  } catch {
    return null;
  }
}

/**
 * Listens for the bodies the main-world hook passes on and reads them one per idle period,
 * after the page has had them. Everything is page data: the parsers validate it, and the
 * reading script decides what belongs to the creator on screen.
 */
export function startCapture(site: SiteResponses): void {
  if (location.protocol !== 'https:' || !site.hosts.includes(location.hostname)) return;
  const store = loadedStore();
  const queue: Waiting[] = [];
  let pending = false;
  // One idle callback at a time; each reads one body, then asks for the next idle period.
  const wake = () => {
    if (!queue.length || pending) return;
    pending = true;
    idle(work);
  };

  const work = () => {
    pending = false;
    const next = queue.shift();
    try {
      if (
        next &&
        next.body.length <= MAX_BODY_CHARS &&
        site.worth(next.url, next.page, next.body)
      ) {
        const locale = document.documentElement.lang || navigator.language;
        const loaded = site.parse(next.url, parseJson(next.body), next.page, new Date(), locale);
        if (loaded) addLoaded(store, loaded);
      }
    } catch {
      // A body no parser foresaw costs only itself; the queue goes on.
    }
    wake();
  };

  document.addEventListener(PAGE_DATA_EVENT, (event) => {
    const data = unpackPageData((event as CustomEvent<unknown>).detail);
    if (!data || queue.length >= MAX_QUEUE) return;
    queue.push(data);
    wake();
  });
}

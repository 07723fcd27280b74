import {
  bodyPieces,
  CAPTURE_READY_EVENT,
  MAX_BODY_CHARS,
  PAGE_DATA_EVENT,
  unpackPageData,
} from '../shared/page-data';
import { slimBody } from '../shared/slim-body';
import { contextAlive } from '../platform/content-runtime';
import { pageDataSender, type PageDataMessage } from './page-data-sender';

/** What a site's capture script knows: its hosts and a cheap pre-check of a body. */
export interface SiteResponses {
  hosts: readonly string[];
  /** False when the raw text cannot hold anything for this page (it is not sent on). */
  worth(url: URL, page: URL, text: string): boolean;
}

/** At most this many bodies wait for idle time; a flood beyond it is dropped. */
const MAX_QUEUE = 30;

/** A body as the hook passed it on. */
type HookBody = NonNullable<ReturnType<typeof unpackPageData>>;
/** A body as the hook passed it on, or a message ready to post (a piece, or one sent again). */
type Waiting = HookBody | { message: PageDataMessage; attempt: number };

type Idle = (fn: () => void) => void;
const idle: Idle =
  typeof requestIdleCallback === 'function'
    ? (fn) => requestIdleCallback(fn, { timeout: 2000 })
    : (fn) => setTimeout(fn, 50);

/**
 * Listens for the bodies the main-world hook passes on and hands them, one per idle period
 * after the page has had them, to the worker, which validates them with the site's parser
 * (background/page-data.ts) and merges their items into the record of the creator the tab
 * shows (background/tab-pages.ts): the page's main thread spends only the hand-over; nothing
 * comes back. Everything here is page data, as the page's DOM is.
 */
export function startCapture(site: SiteResponses): void {
  if (location.protocol !== 'https:' || !site.hosts.includes(location.hostname)) return;
  const queue: Waiting[] = [];
  let pending = false;
  // One idle callback at a time; each hands one body over, then asks for the next idle period.
  const wake = () => {
    if (!queue.length || pending) return;
    pending = true;
    idle(work);
  };

  const send = pageDataSender((message, attempt) => {
    if (queue.length >= MAX_QUEUE) return;
    queue.push({ message, attempt });
    wake();
  });

  // A checked body, slimmed, as the messages it goes in: one, or pieces that the worker joins
  // (body-pieces.ts), sent one per idle period.
  const prepared = (next: HookBody): PageDataMessage[] => {
    const locale = document.documentElement.lang || navigator.language;
    const base = {
      type: 'content/pageData',
      url: next.url.href,
      page: next.page.href,
      locale,
    } as const;
    // Media links and tracking tokens go first: the hand-over costs by the byte.
    const pieces = bodyPieces(slimBody(next.body));
    if (pieces.length < 2) return [{ ...base, body: pieces[0] ?? '' }];
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const count = pieces.length;
    return pieces.map((body, index) => ({ ...base, body, piece: { id, index, count } }));
  };
  const worth = (w: HookBody) =>
    w.body.length <= MAX_BODY_CHARS && site.worth(w.url, w.page, w.body);

  const work = () => {
    pending = false;
    const next = queue.shift();
    try {
      if (next && 'message' in next) send(next.message, next.attempt);
      else if (next && worth(next)) {
        const [first, ...rest] = prepared(next);
        queue.unshift(...rest.map((message) => ({ message, attempt: 0 })));
        send(first!, 0);
      }
    } catch {
      // A body no check foresaw costs only itself; the queue goes on.
    }
    wake();
  };

  document.addEventListener(PAGE_DATA_EVENT, (event) => {
    const data = unpackPageData((event as CustomEvent<unknown>).detail);
    if (!data || queue.length >= MAX_QUEUE || !contextAlive()) return;
    queue.push(data);
    wake();
  });
  // The hook hands over what the page loaded before now, then passes bodies on as they come.
  document.dispatchEvent(new CustomEvent(CAPTURE_READY_EVENT));
}

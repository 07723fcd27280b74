import type { SiteAdapter } from '../sites/types';
import type { PageReading } from '../shared/model';
import { contextAlive, listenToExtension } from '../platform/content-runtime';
import { answerExtension } from './answer-extension';
import { onWorkerForgot } from './worker-forgot';
import { partOf } from './reading-diff';
import { readingSender } from './reading-sender';
import { browserSlices, type Slices } from './slices';
import { withItemBudget } from '../sites/common/item-memo';
import { addsElements, ITEMS_PER_PASS, MAX_CUT_PASSES, MIN_GAP_MS, SETTLE_MS } from './pace';

/**
 * Follows the single-page site: re-reads when the URL changes in place or new content
 * arrives, sends changed readings, and stops for good when the extension is reloaded.
 * Each pass (the first excepted) waits until the page is idle and yields between its steps
 * (read, compare, send), so the page never waits on a long task of ours. What the page loads
 * is not merged here: the worker keeps it and merges it into what this script sends.
 */
export function watchPage(
  adapter: SiteAdapter,
  slices: Slices = browserSlices(),
  aliasesOf: () => Array<[string, string]> = () => [],
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastUrl = '';
  let lastReadAt = 0;
  let latest: PageReading | null = null;

  const sender = readingSender();
  const send = sender.send;
  // The last reading of the document itself, and whether the page changed since: a pass the
  // worker asked for (it forgot the page) needs no other pass over the document.
  let shown: PageReading | null = null;
  let shownHref = '';
  let pageChanged = true;
  // Whether the last read left comments for a later pass (it reads at most ITEMS_PER_PASS),
  // and how many reads in a row did.
  let unread = false;
  let cutPasses = 0;

  let aliases: Array<[string, string]> | null = null;
  const readShown = (budget: number): PageReading | null => {
    const url = new URL(location.href);
    if (adapter.detect(url) === 'other') return (shown = latest = null);
    // Once, on the first creator page: it parses the page's embedded JSON (YouTube).
    aliases ??= aliasesOf();
    if (pageChanged || !shown || shownHref !== location.href || (unread && budget === Infinity)) {
      const max = cutPasses >= MAX_CUT_PASSES ? Infinity : budget;
      const read = withItemBudget(max, () => adapter.read(document, url, new Date()));
      shown = read.value;
      unread = read.cut;
      cutPasses = unread ? cutPasses + 1 : 0;
      shownHref = location.href;
      pageChanged = false;
    }
    return shown;
  };
  /** The reading as sent: with the ids the first page named its creator by, if any. */
  const merge = (snap: PageReading | null): PageReading | null => {
    latest = snap && aliases?.length ? { ...snap, aliases } : snap;
    lastReadAt = performance.now();
    return latest;
  };
  /** The popup may ask before the first idle pass, or mid-way: then it is read whole at once. */
  const readNow = () => merge(readShown(Infinity));

  let running = false;
  let again = false;
  // Every pass yields between its steps (read, compare, send)
  // and reads at most ITEMS_PER_PASS comments afresh; the rest follow in passes of their own.
  // The first starts in the task after the script's own evaluation (not in it: bundle, read and
  // send together were the one long task the extension caused); later ones wait for idle time.
  const readAndSend = async (first = false) => {
    timer = undefined;
    if (running) return void (again = true);
    running = true;
    try {
      await (first ? slices.yield() : slices.idle());
      if (!contextAlive()) return stop();
      lastUrl = location.href;
      if (first && !shown) {
        // A read that reads no item afresh: it parses the page's embedded JSON (300 KB+ on
        // YouTube), kept for later reads, in a task of its own, before any item is read.
        if (!readShown(0)) return;
        pageChanged = true;
        await slices.yield();
      }
      if (!readShown(ITEMS_PER_PASS)) return;
      await slices.yield();
      // Read again only if the page changed meanwhile.
      const reading = merge(readShown(ITEMS_PER_PASS));
      await slices.yield();
      if (!reading) return;
      sender.cancelRetry();
      // The diff is cheap; the message's serialisation is what costs: big news goes in parts.
      if (sender.isBig(reading))
        for (let part = 1, piece = partOf(reading, 1); piece; piece = partOf(reading, ++part)) {
          send(piece);
          await slices.yield();
        }
      send(reading);
    } finally {
      running = false;
      if (unread) pageChanged = true;
      if (again || unread) {
        again = false;
        schedule(unread ? 0 : SETTLE_MS, unread);
      }
    }
  };

  /** `more`: the rest of a page already being read, which need not wait for the gap. */
  const schedule = (delay = SETTLE_MS, more = false) => {
    if (timer !== undefined) return;
    const wait = Math.max(delay, lastReadAt + MIN_GAP_MS - performance.now());
    timer = setTimeout(() => void readAndSend(), location.href === lastUrl && !more ? wait : delay);
  };

  const observer = new MutationObserver((records) => {
    if (location.href !== lastUrl || addsElements(records)) {
      pageChanged = true;
      schedule();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const onNavigate = () => {
    pageChanged = true;
    schedule();
  };
  addEventListener('popstate', onNavigate);
  // The worker stopped and forgot the page: the next pass sends the reading whole again.
  const unforgot = onWorkerForgot(() => sender.forgot() && schedule());
  // The marketer is looking: comments the passes have not reached yet are read now, and sent,
  // so the verdict the popup follows rests on all the page shows.
  const readForPopup = () => {
    const reading = unread || !latest ? readNow() : latest;
    if (reading && contextAlive()) send(reading);
    return reading;
  };
  const unlisten = listenToExtension((message) => answerExtension(message, adapter, readForPopup));

  // A page closed (or left) before the first pass got to send is read and sent whole as it
  // goes: a long task then costs nobody.
  const flush = () => {
    const reading = !sender.sentOnce() && contextAlive() ? readNow() : null;
    if (reading) send(reading);
  };
  addEventListener('pagehide', flush);

  function stop() {
    removeEventListener('pagehide', flush);
    observer.disconnect();
    removeEventListener('popstate', onNavigate);
    unforgot();
    if (timer !== undefined) clearTimeout(timer);
    sender.cancelRetry();
    unlisten();
  }

  void readAndSend(true);
}

// How often the content script reads the page, and how much per pass (watch-page.ts).

/** Lazily loaded posts and comments arrive in bursts: read once they settle. */
export const SETTLE_MS = 400;
/** However busy the page is (video players mutate constantly), read at most this often. */
export const MIN_GAP_MS = 1500;
/**
 * A send fails when the worker was stopping; the browser starts it again on the next message.
 * The same reading is sent again after these pauses (unless a newer one went out meanwhile).
 */
export const RETRY_MS = [1000, 3000, 10000, 30000];
/** Comments read afresh per pass: what the first message carries (reading-diff.ts, PART_COMMENTS). */
export const ITEMS_PER_PASS = 60;
/**
 * Passes in a row that may leave items for later. Each pass reads only what it has not read
 * before, so a page of 2,000 posts takes about 35; should an item never be remembered (a page
 * whose JSON changed under every read), the pass after these reads the page whole.
 */
export const MAX_CUT_PASSES = 50;

/** Only new elements can bring new posts or comments; text ticks (timers, counters) cannot. */
export function addsElements(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) if (node.nodeType === 1) return true;
  }
  return false;
}

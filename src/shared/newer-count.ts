import type { Stat } from '../shared/stat';

/**
 * A count from a newer reading, unless that reading only shows a coarser label of the same
 * number: "128K" read after the page's own data gave 128,412 keeps 128,412. Without this, a
 * reading of the rounded grid (after the worker restarted and forgot what the page loaded)
 * would blur exact counts back into labels, in the record and in the popup, which shows the
 * tab's live reading before the stored one. "Not visible" never erases a count. Type-only
 * imports: the popup's first paint loads no zod.
 */
export function newerCount(next: Stat, prev: Stat): Stat {
  if (next === null) return prev;
  const coarser = prev !== null && prev.high - prev.low < next.high - next.low;
  return coarser && prev.value >= next.low && prev.value <= next.high ? prev : next;
}

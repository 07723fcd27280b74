/**
 * Runs each tab's stores one after another, in the order their messages came. Each store
 * opens the database on its own, so two could otherwise reach IndexedDB in either order: a
 * patch of what a body loaded, or the tab's next patch, before the whole reading it patches
 * (and be refused, its items lost to the record).
 */
export function tabQueue(): <T>(tabId: number, work: () => Promise<T>) => Promise<T> {
  const tails = new Map<number, Promise<unknown>>();
  return (tabId, work) => {
    const run = (tails.get(tabId) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    tails.set(tabId, tail);
    // A tab with nothing waiting leaves no entry behind.
    void tail.then(() => tails.get(tabId) === tail && tails.delete(tabId));
    return run;
  };
}

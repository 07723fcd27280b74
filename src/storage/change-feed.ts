/**
 * Tells the extension's other open pages that stored creators changed, so they read them
 * again instead of showing (and later writing back) a stale copy. BroadcastChannel reaches
 * every page and the worker of this extension (same origin) and never a web page; a context
 * does not hear its own messages, since one channel object both sends and listens.
 */
export interface StoreChange {
  /** The creators whose entry or record changed; null when too many to list (an import). */
  ids: string[] | null;
  /** True when creators may have left the shortlist. */
  removed?: boolean;
}

const CHANNEL = 'creator-vetting-changes';
/** Above this many ids a change says "everything": listing 10,000 ids costs more than a reload. */
const MAX_IDS = 500;

let channel: BroadcastChannel | null | undefined;

function shared(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    // Node (unit tests) would otherwise wait for the open channel before exiting.
    (channel as { unref?: () => void } | null)?.unref?.();
  }
  return channel;
}

export function announceChange(ids: readonly string[] | null, removed = false): void {
  try {
    const listed = ids && ids.length <= MAX_IDS ? [...ids] : null;
    shared()?.postMessage({ ids: listed, removed } satisfies StoreChange);
  } catch {
    // No channel (a closed page): the other pages' own checks catch up later.
  }
}

function isChange(data: unknown): data is StoreChange {
  if (typeof data !== 'object' || data === null) return false;
  const ids = (data as { ids?: unknown }).ids;
  return ids === null || (Array.isArray(ids) && ids.every((id) => typeof id === 'string'));
}

/** Calls `handler` for each change another context announces; returns the unsubscribe. */
export function onStoreChange(handler: (change: StoreChange) => void): () => void {
  const ch = shared();
  if (!ch) return () => undefined;
  const listener = (event: MessageEvent) => {
    if (isChange(event.data)) handler(event.data);
  };
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}

export const CHANGE_CHANNEL = CHANNEL;

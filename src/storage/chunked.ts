import type { StoreValue } from 'idb';
import type { VettingDb } from './open';
import type { VettingSchema } from './schema';

/**
 * Reads that never block the page for long: many small requests with a turn for the event
 * loop in between, instead of one getAll whose result (tens of MB at 10,000 creators) is
 * deserialised on the main thread in one go. Each chunk is its own short transaction, so
 * a read is not atomic across chunks; callers that need exactness re-read later.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Waits for a moment the page is idle (between keystrokes), or at most `timeoutMs`. */
export function whenIdle(timeoutMs = 250): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return yieldToEventLoop();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: timeoutMs }));
}

type ByCreator = 'shortlist' | 'checklists';

/** Every value of a store keyed by creator id, `size` at a time, in key order. */
export async function readAllInChunks<S extends ByCreator>(
  db: VettingDb,
  store: S,
  size = 500,
  onChunk?: (done: number) => void,
  pause: () => Promise<void> = yieldToEventLoop,
): Promise<StoreValue<VettingSchema, S>[]> {
  const all: StoreValue<VettingSchema, S>[] = [];
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const chunk: StoreValue<VettingSchema, S>[] = await db.getAll(store, range, size);
    all.push(...chunk);
    onChunk?.(all.length);
    if (chunk.length < size) return all;
    after = chunk[chunk.length - 1]!.creatorId;
    await pause();
  }
}

type ById = 'creators' | 'checklists';

/** The values for the given ids (undefined where absent), `size` gets per transaction. */
export async function getMany<S extends ById>(
  db: VettingDb,
  store: S,
  ids: readonly string[],
  size = 50,
  onChunk?: (done: number) => void,
  pause: () => Promise<void> = yieldToEventLoop,
): Promise<(StoreValue<VettingSchema, S> | undefined)[]> {
  const values: (StoreValue<VettingSchema, S> | undefined)[] = [];
  for (let from = 0; from < ids.length; from += size) {
    const tx = db.transaction(store);
    const part = ids.slice(from, from + size).map((id) => tx.store.get(id));
    values.push(...(await Promise.all(part)));
    onChunk?.(values.length);
    if (from + size < ids.length) await pause();
  }
  return values;
}

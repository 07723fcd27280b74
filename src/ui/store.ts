import { createContext, h, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { sharedDb, type VettingDb } from '../storage/open';

/*
 * The UI's one seam to storage. A page opens the store once (openStore) and renders its
 * components inside <StoreProvider>; below it, a component asks its page's store module for
 * what it needs (useVettingStore(), useOptionsStore(), useShortlist(…)), and those hooks bind
 * the database themselves. So no component holds or passes the database (a test in
 * test/ui/store-seam.test.ts fails on a `db` prop), and a test renders the same components
 * under a provider of its own: storeFor(a fake-indexeddb database).
 */

declare const opaque: unique symbol;
/** The opened store as components see it: something to hand to StoreProvider, nothing more. */
export interface Store {
  readonly [opaque]: true;
}

/** A database as a Store: the pages' openStore, and tests' fake databases. */
export const storeFor = (db: VettingDb): Store => db as unknown as Store;
const dbOf = (store: Store): VettingDb => store as unknown as VettingDb;

/** Opens the page's one connection, or says why it cannot (see storage/open.ts). */
export async function openStore(): Promise<
  { ok: true; store: Store } | { ok: false; reason: string }
> {
  const opened = await sharedDb();
  return opened.ok ? { ok: true, store: storeFor(opened.db) } : opened;
}

const StoreContext = createContext<Store | null>(null);

export function StoreProvider({ store, children }: { store: Store; children: ComponentChildren }) {
  return h(StoreContext.Provider, { value: store }, children);
}

/**
 * The database of the enclosing StoreProvider, for the store modules' hooks (.ts files under
 * src/ui); components are kept from it by the lint (eslint.config.js).
 */
export function useStoreDb(): VettingDb {
  const store = useContext(StoreContext);
  if (!store) throw new Error('No StoreProvider above this component.');
  return dbOf(store);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any argument list after the database
type DbFunction = (db: VettingDb, ...args: any[]) => unknown;
/** A store module's functions with the database already given. */
export type Bound<T extends Record<string, DbFunction>> = {
  [K in keyof T]: T[K] extends (db: VettingDb, ...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};

/** Gives each function of `fns` the store's database as its first argument. */
export function bindStore<T extends Record<string, DbFunction>>(store: Store, fns: T): Bound<T> {
  const db = dbOf(store);
  return Object.fromEntries(
    Object.entries(fns).map(([name, fn]) => [name, (...args: unknown[]) => fn(db, ...args)]),
  ) as Bound<T>;
}

/** The page's store functions, bound to the enclosing provider's database. */
export function useStore<T extends Record<string, DbFunction>>(fns: T): Bound<T> {
  const db = useStoreDb();
  return useMemo(() => bindStore(storeFor(db), fns), [db, fns]);
}

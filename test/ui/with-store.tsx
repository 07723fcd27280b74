import type { ComponentChildren } from 'preact';
import type { VettingDb } from '../../src/storage/open';
import { StoreProvider, storeFor } from '../../src/ui/store';

/** Renders components under the UI's store seam, backed by a test's (fake-indexeddb) database. */
export const withStore = (db: VettingDb, children: ComponentChildren) => (
  <StoreProvider store={storeFor(db)}>{children}</StoreProvider>
);

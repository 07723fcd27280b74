import { activeTab, getTab, sendToTab } from '../../platform/extension';
import type { PageReading } from '../../shared/model';
import { creatorId } from '../../shared/reading-factory';
import type { CreatorRecord, ShortlistEntry } from '../../shared/creator';
import { sharedDb } from '../../storage/open';
import { storeFor, type Store } from '../store';
import { getLightCreator, getShortlistEntry } from '../../storage/light-read';

/**
 * Everything the popup's first paint waits for, started before the page's UI code is even
 * evaluated (see pages/popup.tsx): the database, the tab's answer and the message contract
 * (zod, its own chunk) load side by side instead of one after another.
 */

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'storage-unavailable'; reason: string }
  | {
      kind: 'ready';
      /** For the page's StoreProvider: components never see the database itself. */
      store: Store;
      /** Why nothing was read, when nothing was. */
      reason: string | null;
      reading: PageReading | null;
      creatorId: string | null;
      /** Light at first (posts and full evidence are read by the vetting sections). */
      record: CreatorRecord | null;
      entry: ShortlistEntry | null;
      /** The tab whose content script answered (it can also produce a page report). */
      readerTabId: number | null;
    };

/** The tab to vet: `?tab=<id>` when opened as a page (tests, pinned window), else the active tab. */
async function targetTab() {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(fromQuery) && fromQuery > 0 ? getTab(fromQuery) : activeTab();
}

async function askTab(
  tabId: number,
  contract: Promise<typeof import('../../shared/messages')>,
): Promise<{ reading: PageReading | null; reason: string | null; answered: boolean }> {
  let answer: unknown;
  try {
    answer = await sendToTab(tabId, { type: 'ui/getReading' });
  } catch {
    // No content script there: not one of the three sites, or the page predates the install.
    return { reading: null, reason: 'notCreatorPage', answered: false };
  }
  const reply = (await contract).ReadingReply.safeParse(answer);
  if (!reply.success) return { reading: null, reason: 'nothingRead', answered: true };
  const reading = reply.data.reading;
  return { reading, reason: reading ? null : 'notCreatorPage', answered: true };
}

export async function loadPopup(): Promise<PopupState> {
  const contract = import('../../shared/messages');
  // Awaited in askTab (its failure then shows as the popup's error); never unhandled here.
  contract.catch(() => undefined);
  const [opened, tab] = await Promise.all([sharedDb(), targetTab()]);
  if (!opened.ok) return { kind: 'storage-unavailable', reason: opened.reason };
  const { reading, reason, answered } = tab
    ? await askTab(tab.id, contract)
    : { reading: null, reason: 'notCreatorPage', answered: false };
  const id = reading?.handle ? creatorId(reading.platform, reading.handle) : null;
  const [record, entry] = id
    ? await Promise.all([getLightCreator(opened.db, id), getShortlistEntry(opened.db, id)])
    : [null, null];
  const readSomething = !!reading && (reading.handle !== null || reading.followers !== null);
  return {
    kind: 'ready',
    store: storeFor(opened.db),
    reason: reading && !readSomething ? 'nothingRead' : reason,
    reading,
    creatorId: id,
    record,
    entry,
    readerTabId: answered && tab ? tab.id : null,
  };
}

import { activeTab, getTab, sendToTab } from '../../platform/extension';
import { creatorId, type PageReading } from '../../shared/model';
import { ReadingReply } from '../../shared/messages';
import type { CreatorRecord, ShortlistEntry } from '../../shared/creator';
import { sharedDb, type VettingDb } from '../../storage/open';
import { getShortlistEntry } from '../../storage/shortlist';
import { getLightCreator } from '../../storage/light-read';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'storage-unavailable'; reason: string }
  | {
      kind: 'ready';
      db: VettingDb;
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
): Promise<{ reading: PageReading | null; reason: string | null; answered: boolean }> {
  try {
    const reply = ReadingReply.safeParse(await sendToTab(tabId, { type: 'ui/getReading' }));
    if (!reply.success) return { reading: null, reason: 'nothingRead', answered: true };
    const reading = reply.data.reading;
    return { reading, reason: reading ? null : 'notCreatorPage', answered: true };
  } catch {
    // No content script there: not one of the three sites, or the page predates the install.
    return { reading: null, reason: 'notCreatorPage', answered: false };
  }
}

export async function loadPopup(): Promise<PopupState> {
  const [opened, tab] = await Promise.all([sharedDb(), targetTab()]);
  if (!opened.ok) return { kind: 'storage-unavailable', reason: opened.reason };
  const { reading, reason, answered } = tab
    ? await askTab(tab.id)
    : { reading: null, reason: 'notCreatorPage', answered: false };
  const id = reading?.handle ? creatorId(reading.platform, reading.handle) : null;
  const [record, entry] = id
    ? await Promise.all([getLightCreator(opened.db, id), getShortlistEntry(opened.db, id)])
    : [null, null];
  const readSomething = !!reading && (reading.handle !== null || reading.followers !== null);
  return {
    kind: 'ready',
    db: opened.db,
    reason: reading && !readSomething ? 'nothingRead' : reason,
    reading,
    creatorId: id,
    record,
    entry,
    readerTabId: answered && tab ? tab.id : null,
  };
}

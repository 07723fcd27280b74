import { activeTab, getTab, sendToTab } from '../../platform/extension';
import type { PageReading } from '../../shared/model';
import { creatorId } from '../../shared/reading-factory';
import type { CreatorRecord, ShortlistEntry } from '../../shared/creator';
import { sharedDb } from '../../storage/open';
import { storeFor, type Store } from '../store';
import { getLightCreator, getShortlistEntry } from '../../storage/light-read';
import { glanceOf, type ReadingGlance } from './reading-glance';

/**
 * Everything the popup's first paint waits for, started before the page's UI code is even
 * evaluated (see pages/popup.tsx): the database and the tab's answer, side by side. The
 * message contract (classic zod) is not among them: see reading-glance.ts.
 */

/** The tab's reply as the message contract reads it. */
export interface Checked {
  reading: PageReading | null;
  reason: string | null;
}

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'storage-unavailable'; reason: string }
  | {
      kind: 'ready';
      /** For the page's StoreProvider: components never see the database itself. */
      store: Store;
      /** Why nothing was read, when nothing was. */
      reason: string | null;
      /** What the first paint shows of the reading (from the reply, or the checked reading). */
      glance: ReadingGlance | null;
      /** The reading, validated by the contract; null until `check` has run (or nothing read). */
      reading: PageReading | null;
      /** Validates the reply with the contract (memoised); null once it has been, before paint. */
      check: (() => Promise<Checked>) | null;
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

/** The tab's reply checked against the message contract (loaded here, its own chunk). */
async function checkReply(answer: unknown): Promise<Checked> {
  const reply = (await import('../../shared/messages')).ReadingReply.safeParse(answer);
  if (!reply.success) return { reading: null, reason: 'nothingRead' };
  const reading = reply.data.reading;
  return { reading, reason: reading ? null : 'notCreatorPage' };
}

/** The tab's answer, or undefined when no content script answered. */
async function askTab(tabId: number): Promise<{ answer: unknown } | undefined> {
  try {
    return { answer: await sendToTab(tabId, { type: 'ui/getReading' }) };
  } catch {
    // No content script there: not one of the three sites, or the page predates the install.
    return undefined;
  }
}

const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let made: Promise<T> | null = null;
  return () => (made ??= make());
};

/** What the first paint can show of the reply, and how the rest gets checked. */
async function firstLook(asked: { answer: unknown } | undefined) {
  if (!asked) return { glance: null, reading: null, check: null, reason: 'notCreatorPage' };
  const glance = glanceOf(asked.answer);
  if (glance === undefined) {
    // The glance cannot vouch for this reply: the contract decides before the paint.
    const { reading, reason } = await checkReply(asked.answer);
    return { glance: reading, reading, check: null, reason };
  }
  const check = once(() => checkReply(asked.answer));
  return { glance, reading: null, check, reason: glance ? null : 'notCreatorPage' };
}

export async function loadPopup(): Promise<PopupState> {
  // The tab is asked as soon as it is known, while the database may still be opening.
  const asking = targetTab().then(async (tab) => ({
    tab,
    asked: tab ? await askTab(tab.id) : undefined,
  }));
  asking.catch(() => undefined); // awaited below, unless storage fails first
  const opened = await sharedDb();
  if (!opened.ok) return { kind: 'storage-unavailable', reason: opened.reason };
  const { tab, asked } = await asking;
  const look = await firstLook(asked);
  const { glance } = look;
  const id = glance?.handle ? creatorId(glance.platform, glance.handle) : null;
  const [record, entry] = id
    ? await Promise.all([getLightCreator(opened.db, id), getShortlistEntry(opened.db, id)])
    : [null, null];
  const readSomething = !!glance && (glance.handle !== null || glance.followers !== null);
  return {
    kind: 'ready',
    store: storeFor(opened.db),
    reason: glance && !readSomething ? 'nothingRead' : look.reason,
    glance,
    reading: look.reading,
    check: look.check,
    creatorId: id,
    record,
    entry,
    readerTabId: asked && tab ? tab.id : null,
  };
}

type Ready = Extract<PopupState, { kind: 'ready' }>;

/**
 * The state once the contract has checked the reply. A reply the glance vouched for but the
 * contract refuses (a malformed post, say) reads as nothing read, as it did before the paint
 * went first: no creator, no record, the reason shown.
 */
export function withChecked(state: Ready, checked: Checked): Ready {
  if (checked.reading) return { ...state, reading: checked.reading, check: null };
  return {
    ...state,
    glance: null,
    reading: null,
    check: null,
    creatorId: null,
    record: null,
    entry: null,
    reason: checked.reason,
  };
}

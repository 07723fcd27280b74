import type {
  ChecklistState,
  CreatorRecord,
  ReadingRow,
  ShortlistEntry,
} from '../../shared/creator';
import type { PageReading } from '../../shared/model';
import type { ChecklistItemId, ManualEntries, Settings } from '../../shared/vetting';
import { getChecklist, patchChecklist } from '../../storage/checklists';
import { getCreator, addCreatorIfAbsent } from '../../storage/creators';
import { getSettings } from '../../storage/settings';
import { mergeReading } from '../../storage/merge-reading';
import type { VettingDb } from '../../storage/open';
import { listReadings, recordReading } from '../../storage/readings';
import { manualReading, type ManualCreatorInput } from './manual-creator';
import { requestRescore, type RescoreResult } from './request-rescore';
import { removeFromShortlist, saveToShortlist } from '../../storage/shortlist';
import { useStore } from '../store';
import { watchRecord } from './record-watch';

/** What the vetting sections read for one creator, beyond the record the header already has. */
export interface VettingData {
  /** The full record (posts, comments, every evidence item), or null if not stored yet. */
  record: CreatorRecord | null;
  checklist: ChecklistState;
  readings: ReadingRow[];
  settings: Settings;
}

export async function loadVetting(db: VettingDb, creatorId: string): Promise<VettingData> {
  const [record, checklist, readings, settings] = await Promise.all([
    getCreator(db, creatorId),
    getChecklist(db, creatorId),
    listReadings(db, creatorId),
    getSettings(db),
  ]);
  return { record, checklist, readings, settings };
}

/** The worker may not have stored this page yet: store what the popup holds before editing. */
export async function ensureStored(
  db: VettingDb,
  record: CreatorRecord | null,
  reading: PageReading | null,
): Promise<void> {
  if (!record && reading?.handle) await addCreatorIfAbsent(db, mergeReading(undefined, reading));
}

/** Takes the creator off the shortlist, or stores what the popup holds and puts it on. */
export async function toggleShortlist(
  db: VettingDb,
  creatorId: string,
  entry: ShortlistEntry | null,
  record: CreatorRecord | null,
  reading: PageReading | null,
): Promise<ShortlistEntry | null> {
  if (entry) {
    await removeFromShortlist(db, creatorId);
    return null;
  }
  await ensureStored(db, record, reading);
  return saveToShortlist(db, creatorId);
}

export interface Rescored {
  rescore: RescoreResult;
  record: CreatorRecord | null;
}

/** Stores the manual entries, asks the background to rescore, and reads the result back. */
export async function saveManualEntries(
  db: VettingDb,
  checklist: ChecklistState,
  manual: ManualEntries,
  now = new Date(),
): Promise<Rescored & { checklist: ChecklistState }> {
  // Only the manual figures change: overrides set meanwhile (another popup) are kept.
  const next = await patchChecklist(db, checklist.creatorId, (stored) => ({
    ...stored,
    manual,
    updatedAt: now.toISOString(),
  }));
  const rescore = await requestRescore(checklist.creatorId);
  return { checklist: next, rescore, record: await getCreator(db, checklist.creatorId) };
}

/**
 * Stores one checklist override on the checklist as stored now (another popup may have set
 * others). A changed state moves the verdict, so the background rescores and the popup shows
 * the new verdict with its change note; a note alone changes no judgement and is not rescored.
 */
export async function saveOverride(
  db: VettingDb,
  creatorId: string,
  item: ChecklistItemId,
  next: NonNullable<ChecklistState['overrides'][ChecklistItemId]>,
  now = new Date(),
): Promise<{ checklist: ChecklistState; rescored: Rescored | null }> {
  let stateChanged = false;
  const checklist = await patchChecklist(db, creatorId, (stored) => {
    stateChanged = (stored.overrides[item]?.state ?? null) !== next.state;
    return {
      ...stored,
      overrides: { ...stored.overrides, [item]: next },
      updatedAt: now.toISOString(),
    };
  });
  if (!stateChanged) return { checklist, rescored: null };
  const rescore = await requestRescore(creatorId);
  return { checklist, rescored: { rescore, record: await getCreator(db, creatorId) } };
}

/**
 * Stores a creator typed by hand as a visit whose figures all have source 'manual' (so it
 * gets a history row like any visit), then has the background score it.
 */
export async function saveManualCreator(
  db: VettingDb,
  input: ManualCreatorInput,
  handle: string,
  now = new Date(),
): Promise<Rescored & { creatorId: string }> {
  const creatorId = await recordReading(db, manualReading(input, handle, now), () => null);
  await patchChecklist(db, creatorId, (stored) => ({
    ...stored,
    manual: { ...stored.manual, followers: input.followers },
    updatedAt: now.toISOString(),
  }));
  const rescore = await requestRescore(creatorId);
  return { creatorId, rescore, record: await getCreator(db, creatorId) };
}

/**
 * What the popup may read and change in storage, in one place: its components get these
 * bound to the page's store through useVettingStore(), never from src/storage.
 */
export const VETTING_STORE = {
  loadVetting,
  watchRecord,
  ensureStored,
  toggleShortlist,
  saveManualEntries,
  saveOverride,
  saveManualCreator,
};

export const useVettingStore = () => useStore(VETTING_STORE);

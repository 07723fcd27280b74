import { announceChange } from './change-feed';
import type { VettingDb } from './open';
import { readScoringInputs, scoringTransaction, writeScored } from './score-inputs';
import type { Scorer } from './visits';

/**
 * Scores a stored creator again and writes the score back in ONE readwrite transaction, so
 * a reading stored meanwhile (the worker handles page readings concurrently) cannot be
 * overwritten by the copy this rescore read. Scoring is pure and synchronous: it runs inside
 * the transaction without awaiting anything but IndexedDB requests (which would let it
 * auto-commit). Returns false when the creator is not stored.
 */
export async function rescoreStored(
  db: VettingDb,
  creatorId: string,
  score: Scorer,
  now: Date,
): Promise<boolean> {
  const tx = scoringTransaction(db);
  const { stored: record, history, manual, settings } = await readScoringInputs(tx, creatorId);
  if (!record) {
    await tx.done;
    return false;
  }
  record.score = score({ record, snapshots: history, manual }, settings, now);
  await writeScored(tx, record);
  announceChange([creatorId]);
  return true;
}

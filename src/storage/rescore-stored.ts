import { announceChange } from './change-feed';
import type { VettingDb } from './open';
import { readScoringInputs, scoringTransaction, writeScored } from './score-inputs';
import type { Scorer } from './readings';

/**
 * Scores a stored creator again and writes the score back in ONE readwrite transaction, so
 * a reading stored meanwhile (the worker handles page readings concurrently) cannot be
 * overwritten by the copy this rescore read. Scoring is pure and synchronous: it runs inside
 * the transaction without awaiting anything but IndexedDB requests (which would let it
 * auto-commit). Returns false when the creator is not stored. Time is judged as of the
 * creator's last reading (what the evidence describes), `now` only when that is unreadable, so
 * saving an entry a year after the visit does not turn a creator "inactive".
 */
export async function rescoreStored(
  db: VettingDb,
  creatorId: string,
  score: Scorer,
  now: Date,
): Promise<boolean> {
  const tx = scoringTransaction(db);
  const inputs = await readScoringInputs(tx, creatorId);
  const { stored: record, history, manual, overrides, settings } = inputs;
  if (!record) {
    await tx.done;
    return false;
  }
  const asOf = Date.parse(record.lastSeen);
  const scored = score(
    { record, readings: history, manual, overrides },
    settings,
    Number.isFinite(asOf) ? new Date(asOf) : now,
    'entry',
  );
  // The evidence is judged as of the last reading, but the score itself is new: its time says
  // when it was computed, so a rescore is visible and a later verdict change dates it right.
  record.score = scored && { ...scored, computedAt: now.toISOString() };
  await writeScored(tx, record);
  announceChange([creatorId]);
  return true;
}

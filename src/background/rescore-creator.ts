import { errorReply } from '../shared/messages';
import { openVettingDb } from '../storage/open';
import { rescoreStored } from '../storage/rescore-stored';
import { scoreForStorage } from './scorer';

/**
 * Scores a creator again after the marketer changed manual entries, overrides or settings. Time
 * is judged as of the creator's last reading (what the evidence describes), not today, so a
 * creator read a year ago does not turn "inactive" when an entry is saved.
 */
export async function rescore(creatorId: string) {
  const opened = await openVettingDb();
  if (!opened.ok) return errorReply(opened.reason);
  try {
    const found = await rescoreStored(opened.db, creatorId, scoreForStorage, new Date());
    return found ? { ok: true as const, creatorId } : errorReply('No such creator.');
  } finally {
    opened.db.close();
  }
}

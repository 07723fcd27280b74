import { errorReply } from '../shared/messages';
import { getChecklist, getCreator, getSettings, putCreator } from '../storage/creators';
import { openVettingDb } from '../storage/open';
import { listVisits } from '../storage/visits';
import { scoreForStorage } from './scorer';

/**
 * Scores a creator again after the marketer changed manual entries, overrides or settings. Time
 * is judged as of the creator's last reading (what the evidence describes), not today, so a
 * creator read a year ago does not turn "inactive" when an entry is saved.
 */
export async function rescore(creatorId: string) {
  const opened = await openVettingDb();
  if (!opened.ok) return errorReply(opened.reason);
  const db = opened.db;
  try {
    const record = await getCreator(db, creatorId);
    if (!record) return errorReply('No such creator.');
    const [snapshots, checklist, settings] = await Promise.all([
      listVisits(db, creatorId),
      getChecklist(db, creatorId),
      getSettings(db),
    ]);
    const asOf = Date.parse(record.lastSeen);
    record.score = scoreForStorage(
      { record, snapshots, manual: checklist.manual, overrides: checklist.overrides },
      settings,
      new Date(Number.isFinite(asOf) ? asOf : Date.now()),
      'entry',
    );
    await putCreator(db, record);
    return { ok: true as const, creatorId };
  } finally {
    db.close();
  }
}

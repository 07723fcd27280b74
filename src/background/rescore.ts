import { errorReply } from '../shared/messages';
import { getChecklist, getCreator, getSettings, putCreator } from '../storage/creators';
import { openVettingDb } from '../storage/open';
import { listVisits } from '../storage/visits';
import { scoreForStorage } from './scorer';

/** Scores a creator again after the marketer changed manual entries or settings. */
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
    record.score = scoreForStorage(
      { record, snapshots, manual: checklist.manual },
      settings,
      new Date(),
    );
    await putCreator(db, record);
    return { ok: true as const, creatorId };
  } finally {
    db.close();
  }
}

import type { MessageSender } from '../platform/extension';
import type { PageSnapshot } from '../shared/model';
import { errorReply } from '../shared/messages';
import { siteOf } from '../sites/table';
import { openVettingDb } from '../storage/open';
import { recordVisit } from '../storage/visits';
import { scoreForStorage } from './scorer';

/** A tab may only report readings of its own site: a page cannot plant another site's data. */
function senderMatches(snapshot: PageSnapshot, sender: MessageSender): boolean {
  try {
    return sender.url !== null && new URL(sender.url).host === siteOf(snapshot.platform).host;
  } catch {
    return false;
  }
}

export async function storeSnapshot(snapshot: PageSnapshot, sender: MessageSender) {
  if (!senderMatches(snapshot, sender)) return errorReply('Reading does not match its tab.');
  if (!snapshot.handle) return { ok: true as const, creatorId: null };
  const opened = await openVettingDb();
  if (!opened.ok) return errorReply(opened.reason);
  try {
    const creatorId = await recordVisit(opened.db, snapshot, scoreForStorage);
    return { ok: true as const, creatorId };
  } finally {
    opened.db.close();
  }
}

import type { MessageSender } from '../platform/extension';
import type { PageReading } from '../shared/model';
import { errorReply } from '../shared/messages';
import { siteOf } from '../sites/table';
import { openVettingDb } from '../storage/open';
import { recordReading } from '../storage/readings';
import { scoreForStorage } from './scorer';

/** A tab may only report readings of its own site: a page cannot plant another site's data. */
function senderMatches(reading: PageReading, sender: MessageSender): boolean {
  try {
    return sender.url !== null && new URL(sender.url).host === siteOf(reading.platform).host;
  } catch {
    return false;
  }
}

export async function storeReading(reading: PageReading, sender: MessageSender) {
  if (!senderMatches(reading, sender)) return errorReply('Reading does not match its tab.');
  if (!reading.handle) return { ok: true as const, creatorId: null };
  const opened = await openVettingDb();
  if (!opened.ok) return errorReply(opened.reason);
  try {
    const creatorId = await recordReading(opened.db, reading, scoreForStorage);
    return { ok: true as const, creatorId };
  } finally {
    opened.db.close();
  }
}

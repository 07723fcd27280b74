import type { MessageSender } from '../platform/extension';
import type { PageReading } from '../shared/model';
import { errorReply } from '../shared/messages';
import { siteOf } from '../sites/table';
import { openVettingDb } from '../storage/open';
import { recordPatch, recordReading } from '../storage/readings';
import { scoreForStorage } from './scorer';

/** A tab may only report readings of its own site: a page cannot plant another site's data. */
export function senderMatches(reading: PageReading, sender: MessageSender): boolean {
  try {
    return sender.url !== null && new URL(sender.url).host === siteOf(reading.platform).host;
  } catch {
    return false;
  }
}

/** `patch`: the reading holds only what changed since the last send from its page. */
export async function storeReading(reading: PageReading, sender: MessageSender, patch = false) {
  if (!senderMatches(reading, sender)) return errorReply('Reading does not match its tab.');
  if (!reading.handle) return { ok: true as const, creatorId: null };
  const opened = await openVettingDb();
  if (!opened.ok) return errorReply(opened.reason);
  try {
    const creatorId = await (patch ? recordPatch : recordReading)(
      opened.db,
      reading,
      scoreForStorage,
    );
    if (creatorId === null) return errorReply('Nothing stored to patch: send the whole reading.');
    return { ok: true as const, creatorId };
  } finally {
    opened.db.close();
  }
}

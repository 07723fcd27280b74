import { sendToBackground } from '../../platform/extension';
import { RescoreReply } from '../../shared/messages';

/**
 * `error` is the reason for engineers (tests, debugging); the popup never shows it: a save that
 * was not rescored has one sentence of its own (popupSavedNotRescored).
 */
export type RescoreResult = { ok: true } | { ok: false; error: string };

/** Asks the background to score a creator again after the marketer changed an entry. */
export async function requestRescore(creatorId: string): Promise<RescoreResult> {
  try {
    const reply = RescoreReply.safeParse(await sendToBackground({ type: 'ui/rescore', creatorId }));
    if (!reply.success) return { ok: false, error: 'unexpected reply' };
    if (!reply.data.ok) return { ok: false, error: reply.data.error };
    return reply.data.creatorId === creatorId
      ? { ok: true }
      : { ok: false, error: 'reply for another creator' };
  } catch (error) {
    // The worker may be restarting; the entry is stored and is scored on the next visit.
    return { ok: false, error: String(error) };
  }
}

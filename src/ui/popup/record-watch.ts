import type { CreatorRecord } from '../../shared/creator';
import { onStoreChange } from '../../storage/change-feed';
import { getCreator } from '../../storage/creators';
import type { VettingDb } from '../../storage/open';

/**
 * Follows one creator's stored record while the popup is open. The worker stores what the
 * page reads and loads as the marketer scrolls (the next grid pages, comment threads, the
 * comments still unread when the popup opened), and the verdict on screen follows it. Reads
 * answer in order: an older read that comes back late never replaces a newer one.
 */
export function watchRecord(
  db: VettingDb,
  creatorId: string,
  onRecord: (record: CreatorRecord) => void,
): () => void {
  let asked = 0;
  let stopped = false;
  const unsubscribe = onStoreChange((change) => {
    if (change.ids && !change.ids.includes(creatorId)) return;
    const ask = ++asked;
    getCreator(db, creatorId).then(
      (record) => {
        if (!stopped && ask === asked && record) onRecord(record);
      },
      // A failed re-read leaves the figures on screen as they were; the next change retries.
      () => undefined,
    );
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}

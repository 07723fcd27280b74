import type { VettingDb } from './open';
import { summarize, type ShortlistSummary } from './shortlist-index';

// Kept apart from shortlist.ts (which validates with zod): the shortlist page imports this at
// open, and opening evaluates no zod (see ui/shortlist/writers.ts).

/** The listed creators as the shortlist shows them now, and those no longer on it. */
export async function summariesFor(
  db: VettingDb,
  ids: readonly string[],
): Promise<{ found: ShortlistSummary[]; missing: string[] }> {
  const tx = db.transaction(['shortlist', 'creators']);
  const pairs = await Promise.all(
    ids.map((id) =>
      Promise.all([tx.objectStore('shortlist').get(id), tx.objectStore('creators').get(id)]),
    ),
  );
  const found: ShortlistSummary[] = [];
  const missing: string[] = [];
  pairs.forEach(([entry, record], i) => {
    if (entry && record) found.push(summarize(record, entry));
    else missing.push(ids[i]!);
  });
  return { found, missing };
}

import type { CreatorRecord, ShortlistEntry } from '../shared/creator';
import type { VettingDb } from './open';

/**
 * Plain reads for a page's first paint: no schema module is loaded for them (the rows were
 * validated when they were written), so the popup can paint before zod is even evaluated.
 */

/**
 * The light half of a creator only (no posts, comments or follower sample; evidence trimmed):
 * enough for the popup's first render, which must not wait for the heavy detail read.
 */
export async function getLightCreator(db: VettingDb, id: string): Promise<CreatorRecord | null> {
  return (await db.get('creators', id)) ?? null;
}

export async function getShortlistEntry(
  db: VettingDb,
  creatorId: string,
): Promise<ShortlistEntry | null> {
  return (await db.get('shortlist', creatorId)) ?? null;
}

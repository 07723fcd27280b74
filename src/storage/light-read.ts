import type { CreatorRecord } from '../shared/creator';
import type { VettingDb } from './open';

/**
 * The light half of a creator only (no posts, comments or follower sample; evidence trimmed):
 * enough for the popup's first render, which must not wait for the heavy detail read.
 */
export async function getLightCreator(db: VettingDb, id: string): Promise<CreatorRecord | null> {
  return (await db.get('creators', id)) ?? null;
}

import { scoreCreator } from '../../../src/scoring';
import { emptyReading, type Platform } from '../../../src/shared/model';
import { exact } from '../../../src/shared/stat';
import { ManualEntries } from '../../../src/shared/vetting';
import { mergeReading } from '../../../src/storage/merge-reading';

const READ_AT = new Date('2025-06-01T12:00:00.000Z');

interface Page {
  followers: number | null;
  /** Likes on each post that shows them, or null where no post does. */
  likes: number | null;
  /** How many of the 12 posts show their likes (all by default). */
  withLikes?: number;
  /** Views of the newest post, growing by 100 per older post; null where none show. */
  views: number | null;
}

/** A profile of twelve posts a week apart, read and scored as the worker would. */
export function scoredPage(platform: Platform, page: Page) {
  const snap = emptyReading(platform, 'profile', `https://example.test/${platform}`, READ_AT);
  snap.handle = 'someone';
  snap.followers = page.followers === null ? null : exact(page.followers, 'meta');
  const withLikes = page.withLikes ?? 12;
  snap.posts = Array.from({ length: 12 }, (_, i) => ({
    url: `https://example.test/${platform}/p${i}`,
    views: page.views === null ? null : exact(page.views + i * 100, 'text'),
    likes: page.likes === null || i >= withLikes ? null : exact(page.likes, 'text'),
    comments: null,
    pinned: false,
    caption: null,
    hashtags: [],
    postedAt: new Date(READ_AT.getTime() - (3 + 7 * i) * 86_400_000).toISOString(),
    commentSample: [],
  }));
  const manual = ManualEntries.parse({});
  return scoreCreator({ record: mergeReading(undefined, snap), readings: [], manual });
}

import { emptyReading, type PageReading, type Platform, type Post } from '../../shared/model';
import { exact } from '../../shared/stat';
import { siteOf } from '../../sites/table';

/** What the marketer types when the page could not be read. */
export interface ManualCreatorInput {
  platform: Platform;
  handle: string;
  displayName: string;
  followers: number | null;
  following: number | null;
  /** Likes and comments of recent posts, one number per post, newest first. */
  likes: number[];
  comments: number[];
}

/** "@Lena.Bakes " or a pasted profile address → "Lena.Bakes"; null when nothing usable is left. */
export function cleanHandle(text: string): string | null {
  let handle = text.trim();
  const fromUrl = /^https?:\/\/[^/]+\/@?([^/?#]+)/i.exec(handle);
  if (fromUrl) handle = fromUrl[1]!;
  handle = handle.replace(/^@/, '');
  return /^[\w.-]{1,100}$/.test(handle) ? handle : null;
}

function manualPost(input: ManualCreatorInput, handle: string, i: number): Post {
  const likes = input.likes[i];
  const comments = input.comments[i];
  return {
    // Stable per position, so entering the numbers again replaces these posts, not adds to them.
    url: `${siteOf(input.platform).profileUrl(handle)}#manual-post-${i + 1}`,
    views: null,
    likes: likes === undefined ? null : exact(likes, 'manual'),
    comments: comments === undefined ? null : exact(comments, 'manual'),
    pinned: null,
    caption: null,
    hashtags: [],
    postedAt: null,
    commentSample: [],
  };
}

/**
 * The hand-entered numbers as a page reading whose every figure has source 'manual', so it
 * is stored, charted and scored exactly like a reading of the page itself.
 */
export function manualReading(input: ManualCreatorInput, handle: string, now: Date): PageReading {
  const snap = emptyReading(
    input.platform,
    'profile',
    siteOf(input.platform).profileUrl(handle),
    now,
  );
  snap.handle = handle;
  snap.displayName = input.displayName.trim() || null;
  snap.followers = input.followers === null ? null : exact(input.followers, 'manual');
  snap.following = input.following === null ? null : exact(input.following, 'manual');
  const count = Math.min(Math.max(input.likes.length, input.comments.length), 50);
  snap.posts = Array.from({ length: count }, (_, i) => manualPost(input, handle, i));
  return snap;
}

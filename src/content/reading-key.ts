import type { PageReading } from '../shared/model';

/**
 * A cheap fingerprint of a reading, so unchanged re-reads are not sent. It covers what a
 * re-read can add (more posts, comments, followers) and the counts, without serialising
 * thousands of comments on every burst of page activity.
 */
export function readingKey(s: PageReading): string {
  let comments = 0;
  let counts = '';
  for (const post of s.posts) {
    comments += post.commentSample.length;
    counts += `${post.likes?.raw ?? '-'}/${post.comments?.raw ?? '-'}/${post.views?.raw ?? '-'};`;
    // The sample is capped per reading: newly loaded comments replace it at the same length.
    const last = post.commentSample[post.commentSample.length - 1];
    if (last) counts += `${last.author}:${last.text.slice(0, 40)};`;
  }
  return [
    s.url,
    s.kind,
    s.handle,
    s.displayName,
    s.followers?.raw,
    s.following?.raw,
    s.postCount?.raw,
    s.totalLikes?.raw,
    s.storyViews?.raw,
    s.posts.length,
    comments,
    s.followersList.length,
    counts,
  ].join('\u0001');
}

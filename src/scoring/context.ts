import type { CreatorRecord, ReadingRow } from '../shared/creator';
import type { Comment, Post } from '../shared/model';
import type { TierId } from '../shared/score';
import { BrandProfile, type ManualEntries, type Settings } from '../shared/vetting';
import { isNum, ratio, time } from './num';
import { classifyComment, type CommentFacts } from './text/classify';
import { creatorTopics, spamFor } from './text/topics';
import { tierOf } from './tier';
import { thresholdsFor, type Thresholds } from './thresholds';

export interface PostView {
  post: Post;
  likes: number | null;
  comments: number | null;
  views: number | null;
  /** Shares, where the page or its data shows them (TikTok); null when not visible. */
  shares: number | null;
  /** (likes + comments) ÷ followers; null when likes are not visible. */
  er: number | null;
  postedAt: number | null;
}

export interface CommentView {
  comment: Comment;
  post: PostView;
  facts: CommentFacts;
  /** Spam on this creator's page: crypto talk under a crypto creator's post is not. */
  spam: boolean;
}

/** Everything the signals read, computed once per score. */
export interface Ctx {
  record: CreatorRecord;
  readings: readonly ReadingRow[];
  manual: ManualEntries;
  brand: BrandProfile;
  T: Thresholds;
  now: number;
  followers: number | null;
  following: number | null;
  tier: TierId;
  /** Visible posts, pinned ones left out (often old hits that would skew medians). */
  posts: PostView[];
  comments: CommentView[];
}

const NO_BRAND: BrandProfile = BrandProfile.parse({});

/** Bounds the work on huge comment samples; the popup shows the first ones anyway. */
const MAX_COMMENTS = 3000;

const val = (s: { value: number } | null | undefined): number | null =>
  s && isNum(s.value) && s.value >= 0 ? s.value : null;

export function buildContext(
  record: CreatorRecord,
  readings: readonly ReadingRow[],
  manual: ManualEntries,
  settings: Settings,
  now: Date,
): Ctx {
  const T = thresholdsFor(settings?.thresholdOverrides);
  const followers = val(record.followers) ?? (isNum(manual.followers) ? manual.followers : null);
  const posts: PostView[] = [];
  const comments: CommentView[] = [];
  const ownPosts = Array.isArray(record.posts) ? record.posts : [];
  const topics = creatorTopics([
    record.bio,
    ...ownPosts.flatMap((p) => [p?.caption, ...(Array.isArray(p?.hashtags) ? p.hashtags : [])]),
  ]);
  for (const post of Array.isArray(record.posts) ? record.posts : []) {
    if (!post) continue;
    const likes = val(post.likes);
    const nComments = val(post.comments);
    const view: PostView = {
      post,
      likes,
      comments: nComments,
      views: val(post.views),
      shares: val(post.shares),
      er: likes === null ? null : ratio(likes + (nComments ?? 0), followers),
      postedAt: time(post.postedAt),
    };
    // Pinned posts stay out of the medians, but their comments are still a sample of the audience.
    if (post.pinned !== true) posts.push(view);
    for (const comment of Array.isArray(post.commentSample) ? post.commentSample : []) {
      if (comments.length >= MAX_COMMENTS) break;
      if (typeof comment?.text !== 'string') continue;
      const facts = classifyComment(comment.text);
      comments.push({ comment, post: view, facts, spam: spamFor(facts, topics) });
    }
  }
  return {
    record,
    readings: Array.isArray(readings) ? readings : [],
    manual,
    brand: settings?.brand ?? NO_BRAND,
    T,
    now: isNum(now?.getTime?.()) ? now.getTime() : 0,
    followers,
    following: val(record.following),
    tier: tierOf(followers, T),
    posts,
    comments,
  };
}

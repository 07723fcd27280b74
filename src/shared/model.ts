import { z } from 'zod';
import { SITE_IDS } from '../sites/table';
import { Stat } from './stat';
import { MAX_SPAN_MINUTES } from './time-span';

/**
 * What the content script reads from one page: plain JSON only (dates as ISO strings),
 * because it crosses the message boundary and lands in IndexedDB.
 */
/** The sites of src/sites/table.ts. */
export const Platform = z.enum(SITE_IDS);
export type Platform = z.infer<typeof Platform>;

export const PageKind = z.enum(['profile', 'post', 'followers', 'story', 'other']);
export type PageKind = z.infer<typeof PageKind>;

const text = (max: number) => z.string().max(max);
const isoDate = z.iso.datetime({ offset: true });
const spanMinutes = z.number().int().nonnegative().max(MAX_SPAN_MINUTES);

/** How coarsely a time was read: see time-span.ts. Absent: exact, or an older record. */
const TimeSpan = z.object({ minutesBefore: spanMinutes, minutesAfter: spanMinutes });

export const Comment = z.object({
  author: text(100),
  text: text(2200),
  likes: Stat,
  /** Absolute time; relative times ("5 min") are converted against the capture time. */
  at: isoDate.nullable(),
  /** The interval around `at` the comment was made in, when its time was read coarsely. */
  atSpan: TimeSpan.optional(),
  /** The site's own id, when known (comments the page loaded): de-duplicates across visits. */
  id: text(100).optional(),
  /** Provenance: true when read from a response the page itself loaded, not from what it shows. */
  loaded: z.boolean().optional(),
});
export type Comment = z.infer<typeof Comment>;

export const Post = z.object({
  url: text(500),
  views: Stat,
  likes: Stat,
  comments: Stat,
  pinned: z.boolean().nullable(),
  caption: text(5000).nullable(),
  hashtags: z.array(text(150)).max(100),
  postedAt: isoDate.nullable(),
  /** The interval around `postedAt` it was posted in, when its time was read coarsely. */
  postedAtSpan: TimeSpan.optional(),
  /** The visible comment sample (post or video page only). */
  commentSample: z.array(Comment).max(5000),
  /** Shares, where the site reports them (TikTok's item data). Absent in older records. */
  shares: Stat.optional(),
  /** Provenance: true when figures came from a response the page itself loaded. */
  loaded: z.boolean().optional(),
  /**
   * The site's own paid-partnership mark: Instagram's "Paid partnership" label
   * (is_paid_partnership), TikTok's ad flag (isAd), YouTube's "Includes paid promotion"
   * (paidContentOverlay). Absent when the reading could not see it.
   */
  paidPartnership: z.boolean().optional(),
  /** Brands the label names (Instagram's sponsor tags), handles without "@". */
  sponsors: z.array(text(100)).max(20).optional(),
});
export type Post = z.infer<typeof Post>;

export const FollowerEntry = z.object({
  username: text(100),
  displayName: text(200).nullable(),
  defaultAvatar: z.boolean().nullable(),
  verified: z.boolean().nullable(),
});
export type FollowerEntry = z.infer<typeof FollowerEntry>;

export const PageReading = z.object({
  platform: Platform,
  kind: PageKind,
  url: text(2000),
  capturedAt: isoDate,
  /** The creator the page belongs to (profile owner, post author, list owner). */
  handle: text(100).nullable(),
  displayName: text(200).nullable(),
  bio: text(3000).nullable(),
  externalLink: text(2000).nullable(),
  verified: z.boolean().nullable(),
  private: z.boolean().nullable(),
  followers: Stat,
  following: Stat,
  postCount: Stat,
  /** TikTok shows total likes on the profile. */
  totalLikes: Stat,
  /** Only where the page shows it (owner's story viewer count, shared insights). */
  storyViews: Stat,
  /** Profile grid, or the single post on a post page. */
  posts: z.array(Post).max(2000),
  followersList: z.array(FollowerEntry).max(10000),
  /**
   * Other ids the site names creators by, as [id, handle] pairs the page itself states
   * (YouTube's channel id): what the page loads later may name the channel by id only.
   */
  aliases: z
    .array(z.tuple([text(100), text(100)]))
    .max(20)
    .optional(),
  /** Fields cut to fit the contract ("posts.3.caption"); see clip.ts. Absent when none were. */
  clipped: z.array(z.string().max(200)).max(100).optional(),
});
export type PageReading = z.infer<typeof PageReading>;

/** What a judgement rests on: how many posts and comments, and which posts the comments are from. */
export const Basis = z.object({
  posts: z.number().int().nonnegative(),
  comments: z.number().int().nonnegative(),
  /** Posts and comments that came from responses the page loaded (a subset of the above). */
  loadedPosts: z.number().int().nonnegative(),
  loadedComments: z.number().int().nonnegative(),
  /** The posts whose comments were sampled, most comments first (at most 10). */
  commentPosts: z.array(text(500)).max(10),
});
export type Basis = z.infer<typeof Basis>;

// Plain helpers live in a zod-free file so the content script does not bundle zod.
export { creatorId, emptyReading } from './reading-factory';

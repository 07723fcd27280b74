import { z } from 'zod';
import { Basis, FollowerEntry, Platform, Post, PageKind } from './model';
import { Stat } from './stat';
import { CreatorScore } from './score';
import { ChecklistItemId, ChecklistOverride, ManualEntries, ShortlistStatus } from './vetting';

/** Everything known about one creator, merged over visits. Key: `platform:handle`. */
export const CreatorRecord = z.object({
  id: z.string(),
  platform: Platform,
  handle: z.string().max(100),
  displayName: z.string().max(200).nullable(),
  profileUrl: z.string().max(2000),
  bio: z.string().max(3000).nullable(),
  externalLink: z.string().max(2000).nullable(),
  verified: z.boolean().nullable(),
  private: z.boolean().nullable(),
  followers: Stat,
  following: Stat,
  postCount: Stat,
  totalLikes: Stat,
  storyViews: Stat,
  /** Posts merged by URL, newest reading wins; comment samples kept from post pages. */
  posts: z.array(Post).max(2000),
  followersSample: z.array(FollowerEntry).max(10000),
  firstSeen: z.string(),
  lastSeen: z.string(),
  score: CreatorScore.nullable(),
  /** How many posts and comments the judgement rests on (absent in records stored before it). */
  basis: Basis.optional(),
});
export type CreatorRecord = z.infer<typeof CreatorRecord>;

/** One per page reading: the follower history behind the growth chart and the spike signal. */
export const ReadingRow = z.object({
  id: z.number().int().optional(),
  creatorId: z.string(),
  capturedAt: z.string(),
  kind: PageKind,
  url: z.string().max(2000),
  followers: Stat,
  following: Stat,
  postCount: Stat,
});
export type ReadingRow = z.infer<typeof ReadingRow>;

export const ChecklistState = z.object({
  creatorId: z.string(),
  manual: ManualEntries,
  overrides: z.partialRecord(ChecklistItemId, ChecklistOverride).default({}),
  updatedAt: z.string(),
});
export type ChecklistState = z.infer<typeof ChecklistState>;

export const ShortlistEntry = z.object({
  creatorId: z.string(),
  status: ShortlistStatus.default('prospect'),
  tags: z.array(z.string().max(60)).max(50).default([]),
  notes: z.string().max(5000).default(''),
  addedAt: z.string(),
  updatedAt: z.string(),
});
export type ShortlistEntry = z.infer<typeof ShortlistEntry>;

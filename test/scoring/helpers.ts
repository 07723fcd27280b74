import type { CreatorRecord, ReadingRow } from '../../src/shared/creator';
import type { Comment, FollowerEntry, Platform, Post } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import { ManualEntries, Settings } from '../../src/shared/vetting';
import { scoreCreator } from '../../src/scoring';
import type { Signal } from '../../src/shared/score';

export const NOW = new Date('2026-03-01T12:00:00Z');
const DAY = 86_400_000;
export const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();

let n = 0;
export function post(
  p: Partial<Post> & { likesN?: number | null; commentsN?: number | null } = {},
): Post {
  const { likesN = 100, commentsN = 3, ...rest } = p;
  n++;
  return {
    url: `https://www.instagram.com/p/test${n}/`,
    views: null,
    likes: likesN === null ? null : exact(likesN, 'text'),
    comments: commentsN === null ? null : exact(commentsN, 'text'),
    pinned: false,
    caption: null,
    hashtags: [],
    postedAt: daysAgo(2),
    commentSample: [],
    ...rest,
  };
}

export function comment(text: string, author = `user${++n}`, at: string | null = null): Comment {
  return { author, text, likes: null, at };
}

export function follower(
  username: string,
  displayName: string | null,
  defaultAvatar: boolean | null,
): FollowerEntry {
  return { username, displayName, defaultAvatar, verified: false };
}

export function record(
  r: Partial<CreatorRecord> & { followersN?: number | null; platform?: Platform } = {},
): CreatorRecord {
  const { followersN = 5_000, platform = 'instagram', ...rest } = r;
  return {
    id: `${platform}:tester`,
    platform,
    handle: 'tester',
    displayName: 'Tester',
    profileUrl: 'https://www.instagram.com/tester/',
    bio: null,
    externalLink: null,
    verified: false,
    private: false,
    followers: followersN === null ? null : exact(followersN, 'text'),
    following: null,
    postCount: null,
    totalLikes: null,
    storyViews: null,
    posts: [],
    followersSample: [],
    firstSeen: daysAgo(30),
    lastSeen: NOW.toISOString(),
    score: null,
    ...rest,
  };
}

export function reading(capturedAt: string, followersN: number): ReadingRow {
  return {
    creatorId: 'instagram:tester',
    capturedAt,
    kind: 'profile',
    url: 'https://www.instagram.com/tester/',
    followers: exact(followersN, 'text'),
    following: null,
    postCount: null,
  };
}

export const manual = (m: Partial<ManualEntries> = {}): ManualEntries => ManualEntries.parse(m);
export const settings = (s: Record<string, unknown> = {}): Settings => Settings.parse(s);

export interface Run {
  record?: CreatorRecord;
  readings?: ReadingRow[];
  manual?: ManualEntries;
  settings?: Settings;
}

/** The same run with one threshold row changed. */
export const withOverride = (run: Run, id: string, value: number): Run => ({
  ...run,
  settings: settings({ ...(run.settings ?? {}), thresholdOverrides: { [id]: value } }),
});

/** Scores and returns one signal by id (throws in the test if absent). */
export function signalOf(id: string, run: Run): Signal {
  const score = scoreCreator(
    {
      record: run.record ?? record(),
      readings: run.readings ?? [],
      manual: run.manual ?? manual(),
    },
    run.settings ?? settings(),
    NOW,
  );
  const s = score.signals.find((x) => x.id === id);
  if (!s) throw new Error(`no signal ${id}`);
  return s;
}

/** A post carrying the given comments. */
export const postWith = (texts: string[], extra: Partial<Post> = {}): Post =>
  post({ commentSample: texts.map((t) => comment(t)), ...extra });

/**
 * A TikTok creator (20,000 followers by default) with one video per spec: views and likes.
 * The videos are weeks old, so their views have settled (the `settle.tiktok.days` row).
 */
export function videos(
  n: number,
  spec: (i: number) => { views: number; likes: number | null; comments?: number | null },
  followersN = 20_000,
): CreatorRecord {
  return record({
    platform: 'tiktok',
    followersN,
    posts: Array.from({ length: n }, (_, i) => {
      const v = spec(i);
      return post({
        views: exact(v.views, 'text'),
        likesN: v.likes,
        commentsN: v.comments ?? null,
        postedAt: daysAgo(30 + i),
      });
    }),
  });
}

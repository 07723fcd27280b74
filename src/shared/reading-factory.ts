import type { CreatorRecord } from './creator';
import type { PageKind, PageReading, Platform } from './model';

/** What a page reading and a creator record share: every one of these "not visible". */
const NOTHING_VISIBLE = {
  bio: null,
  externalLink: null,
  verified: null,
  private: null,
  followers: null,
  following: null,
  postCount: null,
  totalLikes: null,
  storyViews: null,
} as const;

export function creatorId(platform: Platform, handle: string): string {
  return `${platform}:${handle.toLowerCase()}`;
}

/** An empty reading: every stat "not visible". Adapters fill what they can. */
export function emptyReading(
  platform: Platform,
  kind: PageKind,
  url: string,
  now: Date,
): PageReading {
  return {
    platform,
    kind,
    url,
    capturedAt: now.toISOString(),
    handle: null,
    displayName: null,
    ...NOTHING_VISIBLE,
    posts: [],
    followersList: [],
  };
}

/** A creator record with nothing known: every stat "not visible", no posts, no score. */
export function blankCreatorRecord(): CreatorRecord {
  return {
    id: '',
    platform: 'instagram',
    handle: '',
    displayName: null,
    profileUrl: '',
    ...NOTHING_VISIBLE,
    posts: [],
    followersSample: [],
    firstSeen: '',
    lastSeen: '',
    score: null,
  };
}

import type { ReadingRow } from '../../src/shared/creator';
import { SIGNAL } from '../../src/scoring/signal-ids';
import {
  comment,
  daysAgo,
  follower,
  manual,
  post,
  record,
  settings,
  reading,
  type Run,
  videos,
} from './helpers';

/**
 * For every minimum-sample row: a creator with exactly `n` of the sample that row counts, and
 * the signal whose verdict turns from "insufficient" to judged at the row's value.
 */
export const MIN_SAMPLE_PROBES: Record<string, { signal: string; run: (n: number) => Run }> = {
  'er.minPosts': {
    signal: SIGNAL.engagementRate,
    run: (n) => ({ record: record({ posts: Array.from({ length: n }, () => post()) }) }),
  },
  'ratio.commentsPer100.minPosts': {
    signal: SIGNAL.commentsPerLikes,
    run: (n) => ({
      record: record({
        posts: Array.from({ length: n }, () => post({ likesN: 100, commentsN: 3 })),
      }),
    }),
  },
  'quality.minComments': {
    signal: SIGNAL.engagementQuality,
    run: (n) => ({
      record: record({
        posts: [
          post({
            commentSample: Array.from({ length: n }, (_, i) =>
              comment(`question number ${i} about the recipe?`),
            ),
          }),
        ],
      }),
    }),
  },
  'repeat.minPosts': {
    signal: SIGNAL.repeatCommenters,
    run: (n) => ({
      record: record({
        posts: Array.from({ length: n }, () =>
          post({ commentSample: [comment('hello there friend', 'same_person')] }),
        ),
      }),
    }),
  },
  'timing.minComments': {
    signal: SIGNAL.engagementTiming,
    run: (n) => {
      const p = post({ postedAt: daysAgo(3) });
      p.commentSample = Array.from({ length: n }, (_, i) =>
        comment(`comment ${i}`, `u${i}`, daysAgo(2)),
      );
      return { record: record({ posts: [p] }) };
    },
  },
  'growth.minPoints': {
    signal: SIGNAL.growthSpikes,
    run: (n) => ({
      readings: Array.from({ length: n }, (_, i): ReadingRow =>
        reading(daysAgo(10 * (n - i)), 5_000 + i),
      ),
    }),
  },
  'language.minComments': {
    signal: SIGNAL.audienceLanguage,
    run: (n) => ({
      record: record({
        posts: [
          post({
            commentSample: Array.from({ length: n }, (_, i) =>
              comment(`정말 좋은 영상이에요 ${i}`),
            ),
          }),
        ],
      }),
      manual: manual({ creatorLanguage: 'ko' }),
    }),
  },
  'audience.minSample': {
    signal: SIGNAL.audienceSample,
    run: (n) => ({
      record: record({
        followersSample: Array.from({ length: n }, (_, i) =>
          follower(`reader.${i}`, `Reader ${i}`, false),
        ),
      }),
    }),
  },
  'nicheEngagement.minPosts': {
    signal: SIGNAL.nicheEngagement,
    run: (n) => ({
      record: record({
        posts: [
          ...Array.from({ length: n }, () => post({ caption: 'my skincare routine', likesN: 200 })),
          ...Array.from({ length: n }, () => post({ caption: 'a walk in the park', likesN: 100 })),
        ],
      }),
      settings: settings({ brand: { keywords: ['skincare'] } }),
    }),
  },
  'consistency.minPosts': {
    signal: SIGNAL.consistency,
    run: (n) => ({
      record: record({
        posts: Array.from({ length: n }, (_, i) => post({ postedAt: daysAgo(3 + i * 5) })),
      }),
    }),
  },
  'views.minVideos': {
    signal: SIGNAL.viewRate,
    run: (n) => ({ record: videos(n, () => ({ views: 1_000, likes: null })) }),
  },
  'viewsEr.minVideos': {
    signal: SIGNAL.viewsEngagement,
    run: (n) => ({ record: videos(n, () => ({ views: 1_000, likes: 80 })) }),
  },
  'outliers.minVideos': {
    signal: SIGNAL.viewOutliers,
    run: (n) => ({ record: videos(n, () => ({ views: 1_000, likes: null })) }),
  },
  'safety.minPosts': {
    signal: SIGNAL.brandSafety,
    run: (n) => ({
      record: record({
        posts: Array.from({ length: n }, () => post({ caption: 'Sourdough day' })),
      }),
    }),
  },
  'partnership.share.minPosts': {
    signal: SIGNAL.sponsoredShare,
    run: (n) => ({
      record: record({
        posts: Array.from({ length: n }, (_, i) => post({ caption: i ? 'Bread' : '#ad bread' })),
      }),
    }),
  },
};

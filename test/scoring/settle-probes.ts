import { expect } from 'vitest';
import type { Platform } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import type { Probe } from './audience-probes';
import { daysAgo, post, record, signalOf, type Run } from './helpers';

/**
 * Five settled posts with views and likes, and one more posted `age` days before the reading:
 * the one more counts in the median only from the platform's settling age on.
 */
function oneMore(platform: Platform, age: number): Run {
  const made = (d: number) =>
    post({ postedAt: daysAgo(d), views: exact(5_000, 'text'), likesN: 200, commentsN: 5 });
  return {
    record: record({ platform, posts: [30, 31, 32, 33, 34].map(made).concat(made(age)) }),
  };
}

/** How many posts a settling row lets into the median, at, below and above its age. */
const probe =
  (platform: Platform, signal: string): Probe =>
  (row) => {
    const counted = (age: number) => signalOf(signal, oneMore(platform, age)).sampleSize;
    expect([counted(row.value - 0.01), counted(row.value), counted(row.value + 0.01)]).toEqual([
      5, 6, 6,
    ]);
  };

export const SETTLE_PROBES: Record<string, Probe> = {
  'settle.instagram.days': probe('instagram', 'engagement-rate'),
  'settle.tiktok.days': probe('tiktok', 'view-rate'),
  'settle.youtube.days': probe('youtube', 'view-rate'),
};

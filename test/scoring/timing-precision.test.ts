import { describe, expect, it } from 'vitest';
import type { Comment } from '../../src/shared/model';
import {
  commentTimeFields,
  dayTime,
  postTimeFields,
  readTime,
} from '../../src/sites/common/read-time';
import { NOW, post, record, signalOf } from './helpers';

/**
 * Engagement timing judges only from times precise enough to judge: a comment is early when
 * every moment its time and its post's time allow lies within the 15 minutes, timed-not-early
 * when every such moment lies after them, and otherwise left out (and said so).
 */
const MIN = 60_000;
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * MIN).toISOString();
const tenOf = (at: Pick<Comment, 'at' | 'atSpan'>): Comment[] =>
  Array.from({ length: 10 }, (_, i) => ({ author: `u${i}`, text: `c${i}`, likes: null, ...at }));
const timing = (postTime: object, comments: Comment[]) =>
  signalOf('engagement-timing', {
    record: record({ posts: [post({ ...postTime, commentSample: comments })] }),
  });

describe('engagement timing with coarse times', () => {
  it('TikTok comments dated by day, the day after a late-evening post, are not early', () => {
    // Posted 23:55 UTC; the comments show "2-28" (any zone: that day could start 10:00 the day before).
    const postedAt = { postedAt: '2026-02-27T23:55:00.000Z' };
    const s = timing(postedAt, tenOf(commentTimeFields(dayTime(2026, 2, 28, NOW))));
    expect(s.verdict).toBe('insufficient');
    expect(s.sampleSize).toBe(0);
    expect(s.message).toContain('10 more comments were left out');
    expect(s.message).toContain('a date alone');
  });

  it('a "2 h" comment on a post made exactly 2 h 05 min ago is left out', () => {
    const comments = tenOf(commentTimeFields(readTime(null, '2 h', NOW, 'en')));
    const s = timing({ postedAt: ago(125) }, comments);
    expect([s.verdict, s.sampleSize]).toEqual(['insufficient', 0]);
    expect(s.message).toMatch(/left out: their times are shown too roughly/);
  });

  it('a "5 min" comment on a post made exactly 8 min ago is early', () => {
    const comments = tenOf(commentTimeFields(readTime(null, '5 min', NOW, 'en')));
    const s = timing({ postedAt: ago(8) }, comments);
    expect([s.verdict, s.sampleSize, s.value]).toEqual(['fail', 10, 1]);
    expect(s.evidence[0]!.detail).toBe('2–3 min after posting');
    expect(s.message).not.toContain('left out');
  });

  it('a "3 days ago" comment on a post "3 weeks ago" is timed, not early', () => {
    const comments = tenOf(commentTimeFields(readTime(null, '3 days ago', NOW, 'en')));
    const posted = postTimeFields(readTime(null, '3 weeks ago', NOW, 'en'));
    const s = timing(posted, comments);
    expect([s.verdict, s.sampleSize, s.value]).toEqual(['pass', 10, 0]);
  });

  it('exact times keep their minutes in the evidence', () => {
    const s = timing({ postedAt: ago(30) }, tenOf({ at: ago(25.5) }));
    expect([s.sampleSize, s.value]).toEqual([10, 1]);
    expect(s.evidence[0]!.detail).toBe('4.5 min after posting');
  });

  it('a time stored before spans existed, at UTC midnight, is read as a date alone', () => {
    const s = timing(
      { postedAt: '2026-02-27T23:55:00.000Z' },
      tenOf({ at: '2026-02-28T00:00:00.000Z' }),
    );
    expect([s.verdict, s.sampleSize]).toEqual(['insufficient', 0]);
  });
});

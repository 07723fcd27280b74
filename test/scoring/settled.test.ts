import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../src/scoring';
import type { Post } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import { daysAgo, manual, NOW, post, record, settings, signalOf } from './helpers';

/**
 * A post from a few hours ago is still gathering views and likes: counted as finished, it
 * made a creator who just posted look weaker than they are. Posts younger than the platform's
 * settling age (rows settle.*.days) stay out of the view and engagement medians while enough
 * older posts remain, and the evidence names them.
 */
const DAY = 86_400_000;
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const liked = (likes: number, postedAt: string | null, extra: Partial<Post> = {}) =>
  post({ likesN: likes, commentsN: 5, postedAt, ...extra });
/** Four settled posts: 2.1%, 4.1%, 6.1% and 8.1% of 5,000 followers; median 5.1%. */
const settled = () => [100, 200, 300, 400].map((l, i) => liked(l, daysAgo(20 + i)));
const labels = (s: { evidence: { label: string }[] }) => s.evidence.map((e) => e.label);

describe('posts still gathering views and likes', () => {
  it('leave the engagement median, and the evidence says which and why', () => {
    const young = [liked(10, hoursAgo(3)), liked(20, hoursAgo(20))];
    const run = { record: record({ posts: [...settled(), ...young] }) };
    const s = signalOf('engagement-rate', run);
    expect(s.value).toBeCloseTo(0.051, 6); // with them: 3.1%
    expect(s.sampleSize).toBe(4);
    expect(s.message).toContain('over 4 posts');
    // The reason says so next to its count, which the popup's "Judged on 6 posts" line exceeds.
    expect(s.message).toContain('followers; 2 posts under 5 days old left out) is');
    expect(labels(s)).toContain(
      '2 posts under 5 days old left out: their likes and comments are still coming',
    );
    const named = s.evidence.filter((e) => e.label.startsWith('Left out'));
    expect(named.map((e) => e.url)).toEqual(young.map((p) => p.url));
    expect(named.map((e) => e.label)).toEqual([
      'Left out: posted 3 hours ago',
      'Left out: posted 20 hours ago',
    ]);
    const score = scoreCreator(
      { record: run.record, readings: [], manual: manual() },
      settings(),
      NOW,
    );
    expect(score.engagementRate).toBeCloseTo(0.051, 6);
    const reason = score.verdict!.reasons.find((r) => r.signalId === 'engagement-rate');
    expect(reason?.text).toContain('4 posts, 2 posts under 5 days old left out)');
  });

  it('judge on the whole date span: a post that may be young is left out', () => {
    // "6 days ago" that may stand for as late as 4 days ago; a week-old one surely settled.
    const maybe = liked(10, daysAgo(6), { postedAtSpan: { minutesBefore: 0, minutesAfter: 2880 } });
    const surely = liked(300, daysAgo(8), {
      postedAtSpan: { minutesBefore: 1440, minutesAfter: 1440 },
    });
    const s = signalOf('engagement-rate', {
      record: record({ posts: [...settled(), maybe, surely] }),
    });
    expect(s.sampleSize).toBe(5);
    expect(s.value).toBeCloseTo(0.061, 6);
    expect(labels(s)).toContain(
      '1 post that may be under 5 days old left out: its likes and comments may still be coming',
    );
  });

  it('are kept, and said to be, when too few older posts would be left', () => {
    const posts = [liked(200, daysAgo(20)), liked(400, daysAgo(21))];
    posts.push(liked(10, hoursAgo(2)), liked(20, hoursAgo(5)));
    const s = signalOf('engagement-rate', { record: record({ posts }) });
    expect(s.verdict).not.toBe('insufficient');
    expect(s.sampleSize).toBe(4);
    expect(labels(s)[1]).toBe(
      '2 posts under 5 days old kept: without them fewer than 3 posts are left. Their likes and comments are still coming, so this figure may read low',
    );
    expect(labels(s)).toContain('Kept: posted 2 hours ago');
    expect(s.message).not.toContain('left out');
  });

  it('leave the view median of a video platform (TikTok, 7 days)', () => {
    const video = (views: number, postedAt: string) =>
      post({ views: exact(views, 'text'), likesN: views / 20, postedAt });
    const old = [4000, 5000, 6000, 7000, 8000].map((v, i) => video(v, daysAgo(30 + i)));
    const young = [video(100, hoursAgo(1)), video(100, daysAgo(2)), video(100, daysAgo(6.4))];
    const run = {
      record: record({ platform: 'tiktok', followersN: 20_000, posts: [...old, ...young] }),
    };
    const s = signalOf('view-rate', run);
    expect(s.value).toBeCloseTo(6000 / 20_000, 9); // with them: 4,500 views
    expect(s.sampleSize).toBe(5);
    expect(labels(s)).toContain('3 videos under 7 days old left out: their views are still coming');
    expect(s.message).toContain('(5 videos; 3 videos under 7 days old left out)');
    const byViews = signalOf('engagement-by-views', run);
    expect(byViews.sampleSize).toBe(5);
    expect(byViews.message).toContain('over 5 videos (3 videos under 7 days old left out) is');
  });

  it('are aged at the reading, not at a later scoring of the same record', () => {
    const run = { record: record({ posts: [...settled(), liked(10, hoursAgo(3))] }) };
    const later = scoreCreator(
      { record: run.record, readings: [], manual: manual() },
      settings(),
      new Date(NOW.getTime() + 30 * DAY),
    );
    expect(later.signals.find((x) => x.id === 'engagement-rate')!.sampleSize).toBe(4);
  });

  it('include posts without a visible date: they may be young too', () => {
    const s = signalOf('engagement-rate', {
      record: record({ posts: [...settled(), liked(10, null)] }),
    });
    expect(s.sampleSize).toBe(4);
    expect(labels(s)).toContain(
      '1 post without a visible date left out: its likes and comments may still be coming',
    );
    expect(labels(s)).toContain('Left out: date not visible');
  });

  it('leave the sponsored posts\u2019 engagement while another sponsored post has settled', () => {
    const ad = (likes: number, postedAt: string) =>
      liked(likes, postedAt, { caption: 'New mixer #ad' });
    const fresh = ad(10, hoursAgo(3));
    const run = { record: record({ posts: [...settled(), ad(150, daysAgo(9)), fresh] }) };
    const s = signalOf('partnerships', run);
    expect(s.verdict).toBe('pass'); // with it: 1.7% against a 3.6% median, a warning
    expect(s.value).toBeCloseTo(0.031 / 0.041, 6);
    expect(labels(s)).toContain(
      '1 post under 5 days old left out: its likes and comments are still coming',
    );
    const alone = signalOf('partnerships', { record: record({ posts: [...settled(), fresh] }) });
    expect(labels(alone)).toContain(
      '1 post under 5 days old kept: without it no posts are left. Its likes and comments are still coming, so this figure may read low',
    );
  });

  it('leave the comments-per-likes median: comments come in before likes', () => {
    const chatty = [1, 2, 3, 4].map((h) => liked(20, hoursAgo(h), { comments: exact(10, 'text') }));
    const s = signalOf('comments-per-100-likes', {
      record: record({ posts: [...settled(), ...chatty] }),
    });
    expect(s.sampleSize).toBe(4); // with them: 27.5 per 100 likes, a red flag
    expect(s.verdict).not.toBe('fail');
    expect(labels(s)).toContain('4 posts under 5 days old left out: their likes are still coming');
  });

  it('change nothing when every post is settled', () => {
    const s = signalOf('engagement-rate', { record: record({ posts: settled() }) });
    expect(s.sampleSize).toBe(4);
    expect(labels(s).some((l) => /left out|kept/.test(l))).toBe(false);
    expect(s.message).not.toContain('left out');
  });
});

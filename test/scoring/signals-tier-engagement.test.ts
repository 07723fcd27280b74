import { describe, expect, it } from 'vitest';
import { comment, daysAgo, manual, post, postWith, record, signalOf } from './helpers';

describe('tier', () => {
  it('states the tier with the follower count and its table row; unknown without a count', () => {
    const s = signalOf('tier', { record: record({ followersN: 10_000 }) });
    expect([s.verdict, s.value, s.thresholds[0]!.id]).toEqual(['pass', 10_000, 'tier.micro.min']);
    expect(signalOf('tier', { record: record({ followersN: null }) }).verdict).toBe('insufficient');
    expect(
      signalOf('tier', { record: record({ followersN: null }), manual: manual({ followers: 500 }) })
        .message,
    ).toMatch(/below nano: 500 followers \(entered by hand\)/);
  });
});

describe('engagement rate', () => {
  it('takes the median over posts with visible likes, never counting hidden likes as 0', () => {
    const posts = [
      post({ likesN: 100 }),
      post({ likesN: 200 }),
      post({ likesN: 300 }),
      post({ likesN: null }),
      post({ likesN: null }),
    ];
    const s = signalOf('engagement-rate', { record: record({ followersN: 5_000, posts }) });
    expect(s.sampleSize).toBe(3);
    expect(s.value).toBeCloseTo((200 + 3) / 5_000, 10);
    expect(s.message).toMatch(/÷ 5,000 followers/);
    expect(s.thresholds[0]!.source).toMatch(/denominator/);
    expect(s.evidence.some((e) => e.url === posts[2]!.url)).toBe(true);
  });
  it('warns when the rate is far above the tier benchmark (pods, bought engagement)', () => {
    const posts = [1, 2, 3].map(() => post({ likesN: 1_500, commentsN: 0 }));
    expect(
      signalOf('engagement-rate', { record: record({ followersN: 5_000, posts }) }).verdict,
    ).toBe('warn');
  });
  it('fails when almost nobody engages', () => {
    const posts = [1, 2, 3].map(() => post({ likesN: 5, commentsN: 0 }));
    expect(
      signalOf('engagement-rate', { record: record({ followersN: 5_000, posts }) }).verdict,
    ).toBe('fail');
  });
  it('leaves pinned posts out', () => {
    const posts = [1, 2, 3]
      .map(() => post({ likesN: 100 }))
      .concat(post({ likesN: 90_000, pinned: true }));
    expect(signalOf('engagement-rate', { record: record({ posts }) }).sampleSize).toBe(3);
  });
});

describe('engagement quality: evidence names the actual comments', () => {
  it('quotes generic, emoji-only, duplicated and spam comments with their post', () => {
    const texts = [
      'so cute!!',
      'so cute!!',
      '🔥🔥🔥',
      'check out my channel',
      'nice',
      'wow',
      'love it',
      'amazing',
      'cute',
      'beautiful',
    ];
    const p = postWith(texts);
    const s = signalOf('engagement-quality', { record: record({ posts: [p] }) });
    expect(s.verdict).toBe('fail');
    expect(s.sampleSize).toBe(10);
    const labels = s.evidence.map((e) => e.label).join('\n');
    for (const t of ['so cute!!', '🔥🔥🔥', 'check out my channel']) expect(labels).toContain(t);
    expect(s.evidence.every((e) => e.url === p.url)).toBe(true);
    expect(s.evidence.every((e) => !/^[=+\-@]/.test(e.label))).toBe(true);
  });
  it('passes varied, specific comments', () => {
    const texts = Array.from(
      { length: 12 },
      (_, i) => `What temperature did you bake batch ${i} at?`,
    );
    expect(
      signalOf('engagement-quality', { record: record({ posts: [postWith(texts)] }) }).verdict,
    ).toBe('pass');
  });
});

describe('engagement timing', () => {
  it('fails when nearly all comments came within minutes of posting', () => {
    const postedAt = daysAgo(1);
    const at = (m: number) => new Date(Date.parse(postedAt) + m * 60_000).toISOString();
    const p = post({
      postedAt,
      commentSample: Array.from({ length: 10 }, (_, i) => comment(`c${i}`, `u${i}`, at(i))),
    });
    const s = signalOf('engagement-timing', { record: record({ posts: [p] }) });
    expect([s.verdict, s.value, s.sampleSize]).toEqual(['fail', 1, 10]);
    expect(s.evidence[0]!.label).toContain('c0');
  });
});

describe('engagement timing with rounded comment times', () => {
  it('a comment dated before its post (a day-only date) is not timed, never immediate', () => {
    // TikTok dates old comments "4-27": read as midnight, before a video posted at noon.
    const postedAt = '2026-04-27T12:00:00.000Z';
    const p = post({
      postedAt,
      commentSample: Array.from({ length: 10 }, (_, i) =>
        comment(`c${i}`, `u${i}`, '2026-04-27T00:00:00.000Z'),
      ),
    });
    const s = signalOf('engagement-timing', { record: record({ posts: [p] }) });
    expect([s.verdict, s.sampleSize]).toEqual(['insufficient', 0]);
  });
});

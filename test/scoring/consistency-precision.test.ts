import { describe, expect, it } from 'vitest';
import { postTimeFields, readTime } from '../../src/sites/common/read-time';
import type { Post } from '../../src/shared/model';
import { daysAgo, NOW, post, record, signalOf } from './helpers';

/**
 * Posting consistency with coarse dates: YouTube shows "2 weeks ago", "1 year ago". A gap or
 * a silence counts as too long only when it is too long however the labels are read.
 */
const consistency = (labels: string[]) =>
  signalOf('consistency', {
    record: record({
      posts: labels.map((label, i) =>
        post({
          url: `https://example.com/p${i}`,
          ...postTimeFields(readTime(null, label, NOW, 'en')),
        }),
      ),
    }),
  });
const label = (text: string) => postTimeFields(readTime(null, text, NOW, 'en'));
const consistencyOf = (times: Pick<Post, 'postedAt' | 'postedAtSpan'>[]) =>
  signalOf('consistency', {
    record: record({
      posts: times.map((t, i) => post({ url: `https://example.com/p${i}`, ...t })),
    }),
  });
const exactDays = (...ago: number[]) =>
  signalOf('consistency', {
    record: record({
      posts: ago.map((d, i) =>
        post({
          url: `https://example.com/p${i}`,
          postedAt: new Date(NOW.getTime() - d * 86_400_000).toISOString(),
        }),
      ),
    }),
  });

describe('posting consistency with coarse dates', () => {
  it('exact dates 16 days apart are a warning (more than 14 days between posts)', () => {
    const s = exactDays(1, 17, 33, 49);
    expect([s.verdict, s.value]).toEqual(['warn', 16]);
    expect(s.message).not.toContain('given how the dates are shown');
  });

  it('"1 month ago", "2 months ago"… do not judge the cadence: it could be weekly or bimonthly', () => {
    // Read as ~30-day gaps (a warning), but each label covers a month.
    const s = consistency([
      '2 days ago',
      '1 month ago',
      '2 months ago',
      '3 months ago',
      '4 months ago',
    ]);
    expect([s.verdict, s.value]).toEqual(['insufficient', null]);
    expect(s.message).toMatch(/\(median; \d+–\d+ days, given how the dates are shown\)/);
    expect(s.message).toContain('too roughly to judge how often they post');
  });

  it('weekly labels that leave the gap above 14 days however read still warn', () => {
    const s = consistency(['1 day ago', '4 weeks ago', '2 months ago', '3 months ago']);
    expect(s.verdict).toBe('warn');
  });

  it('a year of silence stays a fail however "1 year ago" is read', () => {
    const s = consistency(['1 year ago', '1 year ago', '2 years ago', '2 years ago']);
    expect(s.verdict).toBe('fail');
    expect(s.message).toMatch(/the last one \d+ days ago \(\d+–\d+ days/);
  });

  it('a label that lets posts swap places does not pass a cadence it may fail', () => {
    // Read in order the gaps are 1, 181 and 2 days (median 2), but "6 months ago" covers
    // 183–213 days: posted before the exact 185-day post, the gaps are 1, 183 and 28.
    const s = consistencyOf([
      { postedAt: daysAgo(1) },
      { postedAt: daysAgo(2) },
      label('6 months ago'),
      { postedAt: daysAgo(185) },
    ]);
    expect([s.verdict, s.value]).toEqual(['insufficient', null]);
    expect(s.message).toMatch(/^A new post every 2\.4 days \(median; 1–31 days, given how/);
    expect(s.message).toContain('the last one 1 day ago.');
  });

  it('a latest post "4 weeks ago" may be 28 or 35 days old: recency is not judged', () => {
    const s = consistencyOf([
      label('4 weeks ago'),
      { postedAt: daysAgo(36) },
      { postedAt: daysAgo(43) },
      { postedAt: daysAgo(50) },
    ]);
    expect([s.verdict, s.value]).toEqual(['insufficient', null]);
    expect(s.message).toContain(
      'the last one 28 days ago (28–35 days, given how the dates are shown). The dates are ' +
        'shown too roughly to judge whether the last one was within 30 days.',
    );
  });

  it('shows the gap it judged: at least 30 days (a warning), not the 61 it reads as', () => {
    // Read as 61 days apart (a fail), but two months' labels allow as little as 30.4.
    const s = consistencyOf([
      { postedAt: daysAgo(1) },
      label('2 months ago'),
      label('4 months ago'),
      label('6 months ago'),
    ]);
    expect(s.verdict).toBe('warn');
    expect(s.value).toBeCloseTo(30.44, 2);
    expect(s.message).toMatch(/^A new post every 60\.9 days \(median; 30–92 days, given how/);
  });
});

import { describe, expect, it } from 'vitest';
import { postTimeFields, readTime } from '../../src/sites/common/read-time';
import { exact } from '../../src/shared/stat';
import { daysAgo, manual, NOW, post, reading, record, signalOf } from './helpers';

/**
 * Follower growth with coarse dates. Visits are timed exactly, but a post shown as "2 weeks
 * ago" covers a week and a pasted series gives dates without a time: a gain warns only when
 * it is too fast and unexplained however those dates are read.
 */
const views = (v: number) => exact(v, 'text');
/** Three ordinary posts and one viral one (50× their views) dated by `label` or exactly. */
const posts = (viral: { label?: string; at?: string }) => [
  post({ views: views(1_000) }),
  post({ views: views(1_200) }),
  post({ views: views(900) }),
  post({
    url: 'https://www.instagram.com/p/viral/',
    views: views(50_000),
    ...(viral.label
      ? postTimeFields(readTime(null, viral.label, NOW, 'en'))
      : { postedAt: viral.at! }),
  }),
];
/** A 50% gain in the day from 20 to 19 days ago. */
const jump = [reading(daysAgo(20), 10_000), reading(daysAgo(19), 15_000)];
const growth = (viral: { label?: string; at?: string }, readings = jump) =>
  signalOf('growth-spikes', { readings, record: record({ posts: posts(viral) }) });

describe('growth spikes with coarse post dates', () => {
  it('exact dates judge as before: 5 days before the gain explains it, 9 days does not', () => {
    expect(growth({ at: daysAgo(25) }).verdict).toBe('pass');
    expect(growth({ at: daysAgo(29) }).verdict).toBe('fail');
  });

  it('a viral post "2 weeks ago" may fall in the week before the gain: no red flag', () => {
    // Read as 14 days ago (after the gain), the label covers 14–21 days ago, which reaches
    // into the seven days before the gain began 20 days ago.
    const s = growth({ label: '2 weeks ago' });
    expect(s.verdict).toBe('insufficient');
    expect(s.message).toBe(
      'Gain of 50.0% of followers a day between 2026-02-09 and 2026-02-10. A viral post may ' +
        'explain it, but its date is shown too roughly to tell: posted between 2026-02-08 and ' +
        '2026-02-15, and a viral post explains a gain only when posted up to 7 days before it.',
    );
    expect(s.thresholds.map((t) => t.id)).toContain('growth.viralWindowDays');
    expect(s.evidence.map((e) => e.label)).toContain('Viral post that may explain the gain');
  });

  it('nor is a gain called explained when the label reaches past the window', () => {
    // "3 weeks ago" is read as 21 days ago, 6 days before a gain 15 days ago, but covers 21–28.
    const later = [reading(daysAgo(15), 10_000), reading(daysAgo(14), 15_000)];
    const s = growth({ label: '3 weeks ago' }, later);
    expect(s.verdict).toBe('insufficient');
    expect(s.message).toContain('posted between 2026-02-01 and 2026-02-08');
  });

  it('a label wholly outside the window leaves the gain unexplained, a red flag as before', () => {
    expect(growth({ label: '1 month ago' }).verdict).toBe('fail');
  });

  it('a label wholly inside the window explains it', () => {
    // 14–21 days ago, for a gain from 14 to 13 days ago: within the 7 days before it.
    const later = [reading(daysAgo(14), 10_000), reading(daysAgo(13), 15_000)];
    expect(growth({ label: '2 weeks ago' }, later).verdict).toBe('pass');
  });
});

describe('growth rates from a pasted series next to a visit', () => {
  // The series' 2026-02-27 count may have been taken from 10:00 UTC on the 26th (UTC+14) to
  // noon on the 28th (UTC−12); the visit is exact, on 1 March at 06:00 UTC.
  const run = (later: number) => ({
    manual: manual({ growthSeries: [{ date: '2026-02-27', followers: 10_000 }] }),
    readings: [reading('2026-03-01T06:00:00.000Z', later)],
  });

  it('does not warn when only some readings of the date put the gain above 3% a day', () => {
    // 800 followers in 2.25 days as read (3.6% a day), but 2.8% over the longest gap it allows.
    const s = signalOf('growth-spikes', run(10_800));
    expect(s.verdict).toBe('insufficient');
    expect(s.message).toBe(
      'Gain of 2.8%–8.0% of followers a day between 2026-02-27 and 2026-03-01, given how the ' +
        'dates are shown. The dates are shown too roughly (a date without a time) to tell ' +
        'whether that is above the 3.0% a day that warns.',
    );
  });

  it('still fails a gain too fast however the date is read', () => {
    const s = signalOf('growth-spikes', run(14_000));
    expect(s.verdict).toBe('fail');
    expect(s.message).toMatch(/^Gain of 14\.1%–40\.0% of followers a day between/);
  });

  it('judges and shows the least rate the dates allow: a warning, not the fail it reads as', () => {
    // 2,500 followers: 11.1% a day as read (a fail), 8.8% over the longest gap (a warning).
    const s = signalOf('growth-spikes', run(12_500));
    expect(s.verdict).toBe('warn');
    expect(s.value).toBeCloseTo(0.0882, 4);
    expect(s.message).toMatch(/^Gain of 8\.8%–25\.0% of followers a day between/);
  });

  it('dates of one series are whole days apart, so a series alone judges as before', () => {
    const series = [
      { date: '2026-01-01', followers: 10_000 },
      { date: '2026-01-02', followers: 10_400 },
    ];
    const s = signalOf('growth-spikes', { manual: manual({ growthSeries: series }) });
    expect([s.verdict, s.value]).toEqual(['warn', 0.04]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatThreshold, formatValue } from '../../../src/ui/components/format-value';

describe('formatValue', () => {
  it('writes fractions and shares as percentages, keeping a share unit', () => {
    expect(formatValue(0.0386, 'fraction')).toBe('3.9%');
    expect(formatValue(0.004, 'fraction')).toBe('0.4%');
    expect(formatValue(0.25, 'share of followers')).toBe('25% of followers');
    expect(formatValue(0.031, 'fraction of followers per post')).toBe('3.1% of followers per post');
    expect(formatValue(0.5, 'share')).toBe('50%');
  });

  it('keeps other units and enough digits to tell small numbers apart', () => {
    expect(formatValue(3.456, 'comments / 100 likes')).toBe('3.46 comments / 100 likes');
    expect(formatValue(0.0123, 'following / follower')).toBe('0.012 following / follower');
    // Ratios that are shares read as percentages of their base.
    expect(formatValue(0.0123, 'saves / like')).toBe('1.2% of likes');
    expect(formatValue(0.05, 'views / follower')).toBe('5% of followers');
    expect(formatValue(1234.5, 'followers')).toBe('1,235 followers');
    expect(formatValue(null, 'posts')).toBe('');
  });

  it('prefixes thresholds with their comparison; benchmarks show the figure only', () => {
    const base = { id: 'x', source: 's' };
    expect(formatThreshold({ ...base, value: 3, unit: 'posts', comparison: '>=' })).toBe(
      '≥ 3 posts',
    );
    expect(
      formatThreshold({ ...base, value: 0.0219, unit: 'fraction', comparison: 'benchmark' }),
    ).toBe('2.2%');
  });
});

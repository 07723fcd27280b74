import { describe, expect, it } from 'vitest';
import { shareInterval } from '../../src/scoring/audience/interval';
import { estimateShare } from '../../src/scoring/audience/sample';
import { thresholdsFor } from '../../src/scoring/thresholds';
import { follower, record, signalOf } from './helpers';

const T = thresholdsFor({});
const point = (x: number) => ({ low: x, high: x });

describe('fake-share interval over uncertain sensitivity and specificity', () => {
  it('with known error rates, centres on the corrected share (Rogan–Gladen)', () => {
    // 30% fakes, sensitivity 0.8, specificity 0.9: flagged = 0.3·0.8 + 0.7·0.1 = 0.31.
    const r = shareInterval(310, 1000, point(0.8), point(0.9), 0.95);
    expect(r.estimate).toBeGreaterThanOrEqual(0.28);
    expect(r.estimate).toBeLessThanOrEqual(0.32);
    expect(r.low).toBeLessThan(0.3);
    expect(r.high).toBeGreaterThan(0.3);
  });

  it('widens when sensitivity is only known to lie in a range', () => {
    const fixed = shareInterval(12, 50, point(0.85), point(0.93), 0.95);
    const ranged = shareInterval(12, 50, { low: 0.3, high: 0.85 }, point(0.93), 0.95);
    expect(ranged.high - ranged.low).toBeGreaterThan(fixed.high - fixed.low);
    expect(ranged.high).toBeGreaterThan(fixed.high);
  });

  it('never reports a confident low share when few are flagged but fakes may hide', () => {
    // 5 of 50 flagged: with a sensitivity as low as 0.3, a fifth of the sample may be fake.
    const r = estimateShare(5, 50, true, T);
    expect(r.low).toBe(0);
    expect(r.high).toBeGreaterThanOrEqual(0.2);
  });

  it('says so and widens further when the list shows no avatars and no names', () => {
    const seen = estimateShare(10, 50, true, T);
    const blind = estimateShare(10, 50, false, T);
    expect(blind.high - blind.low).toBeGreaterThan(seen.high - seen.low);
    const list = Array.from({ length: 30 }, (_, i) => follower(`user${5000 + i}`, null, null));
    const s = signalOf('audience-sample', { record: record({ followersSample: list }) });
    expect(s.message).toMatch(/Cannot tell fakes apart/);
  });
});

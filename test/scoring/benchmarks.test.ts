// Every site of the table and every tier has its engagement benchmark row, or a declared
// reason for none (NO_BENCHMARK): a row cannot go missing, and a missing one says what it is.
import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from '../../src/scoring';
import { NO_BENCHMARK } from '../../src/scoring/thresholds/benchmarks';
import { SITES } from '../../src/sites/table';
import { post, record, signalOf } from './helpers';

const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;

describe('engagement benchmarks', () => {
  it('has a row or a declared gap, never both, for every site and tier', () => {
    for (const site of SITES) {
      for (const tier of TIERS) {
        const row = THRESHOLDS.find((r) => r.id === `er.${site.id}.${tier}`);
        const gap = NO_BENCHMARK.find((g) => g.platform === site.id && g.tier === tier);
        expect(Boolean(row) !== Boolean(gap), `${site.label} ${tier}: a row or a gap`).toBe(true);
        if (!row) continue;
        expect(row.source, `${site.id} ${tier}`).toMatch(/denominator: followers/);
        expect(row.value).toBeGreaterThan(0);
      }
    }
  });

  it('says why a declared gap has no engagement rate, not that followers are hidden', () => {
    const s = signalOf('engagement-rate', {
      record: record({ platform: 'tiktok', followersN: 50_000, posts: [post(), post(), post()] }),
    });
    expect(s.verdict).toBe('insufficient');
    expect(s.message).toMatch(/No published per-follower benchmark for TikTok micro creators/);
    expect(s.message).not.toMatch(/not visible/);
  });
});

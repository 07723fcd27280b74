// Builds plausible shortlist rows for tests: varied platforms, sizes, scores, statuses and tags.
import type { ShortlistRow } from '../../../src/shared/shortlist-row';
import { summarize, type ShortlistSummary } from '../../../src/storage/shortlist-index';
import { STATUSES } from '../../../src/shared/vetting';
import { exact } from '../../../src/shared/stat';
import type { CreatorScore, RiskLevel, TierId, VerdictLevel } from '../../../src/shared/score';
import { blankRow } from '../../../src/transfer/draft';
import { SITE_IDS } from '../../../src/sites/table';

const TIERS: TierId[] = ['nano', 'micro', 'mid', 'unknown'];
const RISKS: RiskLevel[] = ['low', 'medium', 'high', 'unknown'];
const VERDICTS: VerdictLevel[] = ['book', 'check', 'avoid'];

export interface SampleOptions {
  name?: string | null;
  handle?: string;
  followers?: number | null;
  tags?: string[];
  notes?: string;
  scored?: boolean;
}

export function sampleRow(i: number, o: SampleOptions = {}): ShortlistRow {
  const platform = SITE_IDS[i % SITE_IDS.length]!;
  const handle = o.handle ?? `creator${i}`;
  const id = `${platform}:${handle.toLowerCase()}`;
  const day = `2026-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z`;
  const followers = o.followers === undefined ? 1000 + ((i * 7919) % 90000) : o.followers;
  const row = blankRow();
  Object.assign(row.record, {
    id,
    platform,
    handle,
    displayName: o.name === undefined ? `Creator ${i}` : o.name,
    profileUrl: `https://example.test/${handle}`,
    followers: followers === null ? null : exact(followers, 'text'),
    firstSeen: day,
    lastSeen: day,
    score: o.scored === false ? null : sampleScore(i, day),
  });
  row.entry = {
    creatorId: id,
    status: STATUSES[i % STATUSES.length]!,
    tags: o.tags ?? (i % 2 ? ['vegan'] : ['Berlin', 'summer']),
    notes: o.notes ?? '',
    addedAt: day,
    updatedAt: `2026-02-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
  };
  return row;
}

function sampleScore(i: number, day: string): CreatorScore {
  return {
    computedAt: day,
    tier: TIERS[i % TIERS.length]!,
    engagementRate: i % 5 === 0 ? null : (i % 50) / 1000,
    nicheFit: i % 4 === 0 ? null : i % 101,
    risk: RISKS[i % RISKS.length]!,
    riskReasons: [],
    fitSummary: '',
    signals: [],
    // Every seventh creator was scored before verdicts existed.
    verdict:
      i % 7 === 6
        ? undefined
        : {
            level: VERDICTS[i % VERDICTS.length]!,
            confidence: 'medium',
            reasons: [{ signalId: 'engagement-rate', tone: 'good', text: `Reason ${i}` }],
            nextStep: `Step ${i}`,
          },
  };
}

export function sampleSummary(i: number, o: SampleOptions = {}): ShortlistSummary {
  const { record, entry } = sampleRow(i, o);
  return summarize(record, entry);
}

export function sampleSummaries(count: number): ShortlistSummary[] {
  return Array.from({ length: count }, (_, i) => sampleSummary(i));
}

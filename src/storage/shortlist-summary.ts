import type { CreatorRecord, ShortlistEntry } from '../shared/creator';
import type { Platform } from '../shared/model';
import type { RiskLevel, TierId, VerdictLevel } from '../shared/score';
import type { Stat, StatSource } from '../shared/stat';
import type { ShortlistStatus } from '../shared/vetting';

/** What the shortlist table shows of one creator: a few hundred bytes, not the ~10 KB record. */
export interface ShortlistSummary {
  id: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  profileUrl: string;
  followers: Stat;
  tier: TierId;
  risk: RiskLevel;
  engagementRate: number | null;
  nicheFit: number | null;
  /** The answer the table leads with, its first reason and the next step (README, "The verdict"). */
  verdict: VerdictLevel;
  why: string | null;
  nextStep: string | null;
  entry: ShortlistEntry;
}

export function summarize(record: CreatorRecord, entry: ShortlistEntry): ShortlistSummary {
  const score = record.score;
  return {
    id: record.id,
    platform: record.platform,
    handle: record.handle,
    displayName: record.displayName,
    profileUrl: record.profileUrl,
    followers: record.followers,
    tier: score?.tier ?? 'unknown',
    risk: score?.risk ?? 'unknown',
    engagementRate: score?.engagementRate ?? null,
    nicheFit: score?.nicheFit ?? null,
    verdict: score?.verdict?.level ?? 'unknown',
    why: score?.verdict?.reasons[0]?.text ?? null,
    nextStep: score?.verdict?.nextStep || null,
    entry,
  };
}

export type Packed = [
  string,
  Platform,
  string,
  string | null,
  string,
  [number, number, number, StatSource, string] | null,
  TierId,
  RiskLevel,
  number | null,
  number | null,
  ShortlistStatus,
  string[],
  string,
  string,
  string,
  VerdictLevel,
  string | null,
  string | null,
];

export function pack(s: ShortlistSummary): Packed {
  const f = s.followers;
  const e = s.entry;
  return [
    s.id,
    s.platform,
    s.handle,
    s.displayName,
    s.profileUrl,
    f ? [f.value, f.low, f.high, f.source, f.raw] : null,
    s.tier,
    s.risk,
    s.engagementRate,
    s.nicheFit,
    e.status,
    e.tags,
    e.notes,
    e.addedAt,
    e.updatedAt,
    s.verdict,
    s.why,
    s.nextStep,
  ];
}

export function unpack(p: Packed): ShortlistSummary {
  const [id, platform, handle, displayName, profileUrl, f, tier, risk, engagementRate, nicheFit] =
    p;
  const [status, tags, notes, addedAt, updatedAt, verdict, why, nextStep] = p.slice(10) as [
    ShortlistStatus,
    string[],
    string,
    string,
    string,
    VerdictLevel | undefined,
    string | null,
    string | null,
  ];
  if (typeof id !== 'string' || !Array.isArray(tags)) throw new Error('bad index row');
  return {
    id,
    platform,
    handle,
    displayName,
    profileUrl,
    followers: f ? { value: f[0], low: f[1], high: f[2], source: f[3], raw: f[4] } : null,
    tier,
    risk,
    engagementRate,
    nicheFit,
    verdict: verdict ?? 'unknown',
    why: why ?? null,
    nextStep: nextStep ?? null,
    entry: { creatorId: id, status, tags, notes, addedAt, updatedAt },
  };
}

/** A string equal for equal summaries whatever their key order (to spot changes). */
export const summaryKey = (s: ShortlistSummary) => JSON.stringify(pack(s));

/**
 * The shortlist page's default order (last updated first, ties by id), in which the index is
 * stored: sorting it again on open is then one cheap pass.
 */
export function recentFirst(a: ShortlistSummary, b: ShortlistSummary): number {
  const ua = a.entry.updatedAt;
  const ub = b.entry.updatedAt;
  if (ua !== ub) return ua < ub ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

import type { CreatorRecord, ShortlistEntry } from '../shared/creator';
import type { Platform } from '../shared/model';
import type { RiskLevel, TierId } from '../shared/score';
import type { Stat, StatSource } from '../shared/stat';
import type { ShortlistStatus } from '../shared/vetting';
import type { VettingDb } from './open';

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
    entry,
  };
}

/**
 * The shortlist index: every summary packed into one JSON string under one key of the
 * settings store. The page opens from this single read (tens of ms at 10,000 creators,
 * where reading 10,000 records takes seconds), then checks it against the stores and
 * rewrites it (see shortlist-load.ts). It is a cache: losing it only costs one slow open.
 */
export const INDEX_KEY = 'shortlistIndex';
const FORMAT = 1;

type Packed = [
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
];

function pack(s: ShortlistSummary): Packed {
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
  ];
}

function unpack(p: Packed): ShortlistSummary {
  const [id, platform, handle, displayName, profileUrl, f, tier, risk, engagementRate, nicheFit] =
    p;
  const [status, tags, notes, addedAt, updatedAt] = p.slice(10) as [
    ShortlistStatus,
    string[],
    string,
    string,
    string,
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
    entry: { creatorId: id, status, tags, notes, addedAt, updatedAt },
  };
}

/** A string equal for equal summaries whatever their key order (to spot changes). */
export const summaryKey = (s: ShortlistSummary) => JSON.stringify(pack(s));

/**
 * The index text with `summaries` added or replaced, or null to leave it as it is: with no
 * index yet, one is only started when the shortlist was empty (otherwise it would miss the
 * creators already saved; the next open builds it whole).
 */
export function mergeIntoIndex(
  stored: unknown,
  summaries: readonly ShortlistSummary[],
  shortlistWasEmpty: boolean,
): string | null {
  const existing = typeof stored === 'string' ? parseIndex(stored) : null;
  if (!existing && !shortlistWasEmpty) return null;
  const byId = new Map((existing ?? []).map((s) => [s.id, s]));
  for (const summary of summaries) byId.set(summary.id, summary);
  return indexText([...byId.values()]);
}

function indexText(summaries: readonly ShortlistSummary[]): string {
  return JSON.stringify({ format: FORMAT, rows: summaries.map(pack) });
}

function parseIndex(text: string): ShortlistSummary[] | null {
  try {
    const parsed = JSON.parse(text) as { format?: number; rows?: Packed[] };
    if (parsed.format !== FORMAT || !Array.isArray(parsed.rows)) return null;
    return parsed.rows.map(unpack);
  } catch {
    return null;
  }
}

/** The stored index, or null when there is none or it cannot be read (then: a full read). */
export async function readShortlistIndex(db: VettingDb): Promise<ShortlistSummary[] | null> {
  const text = await db.get('settings', INDEX_KEY);
  return typeof text === 'string' ? parseIndex(text) : null;
}

export async function writeShortlistIndex(
  db: VettingDb,
  summaries: readonly ShortlistSummary[],
): Promise<void> {
  await db.put(
    'settings',
    JSON.stringify({ format: FORMAT, rows: summaries.map(pack) }),
    INDEX_KEY,
  );
}

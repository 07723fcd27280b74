import type { Stat, StatSource } from '../../shared/stat';
import { parseCount } from '../counts';

/**
 * Builders for the `Measured` values adapters return. Every number carries its source and
 * range; anything that does not parse stays null ("not visible"), never 0.
 */
const clip = (raw: string): string => raw.trim().replace(/\s+/g, ' ').slice(0, 64);

/** A count shown as text ("12.3K", "1.234 Follower") or in an attribute/meta. */
export function statFromText(
  raw: string | null | undefined,
  source: StatSource,
  locale?: string,
): Stat {
  if (!raw) return null;
  const parsed = parseCount(raw, locale);
  return parsed ? { ...parsed, source, raw: clip(raw) } : null;
}

/** An exact number from embedded JSON (numbers, or digit strings as in TikTok's statsV2). */
export function statFromJson(value: unknown): Stat {
  const n = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return null;
  return { value: n, low: n, high: n, source: 'json', raw: String(value) };
}

/** The narrowest of several readings of one count (ties: the earlier, more trusted one). */
export function mostExact(...stats: Stat[]): Stat {
  let best: Stat = null;
  for (const stat of stats)
    if (stat && (!best || stat.high - stat.low < best.high - best.low)) best = stat;
  return best;
}

/** A text count with an exact attribute value when it agrees (Instagram's title="8,412"). */
export function preferExact(shown: Stat, exactStat: Stat): Stat {
  if (!exactStat) return shown;
  if (!shown) return exactStat;
  return exactStat.value >= shown.low && exactStat.value <= shown.high ? exactStat : shown;
}

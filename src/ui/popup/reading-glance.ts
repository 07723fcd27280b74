import type { PageReading } from '../../shared/model';
import type { Measured, Stat } from '../../shared/stat';
import { STAT_SOURCES } from '../../shared/stat-sources';
import { SITE_IDS } from '../../sites/table';

/**
 * The popup's first paint shows four fields of the tab's reading: the site, the handle, the
 * name and the follower count. The message contract (ReadingReply, classic zod, ~90 KB) is
 * what validates a reply, but loading it before the first paint cost the popup about half of
 * its opening time. So the first paint uses these four fields, checked here by hand with the
 * contract's own limits; the whole reply is validated by the contract right after the paint
 * (load-popup.ts: checkReply), and nothing is stored or scored before that.
 */
export type ReadingGlance = Pick<PageReading, 'platform' | 'handle' | 'displayName' | 'followers'>;

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTextOrNull = (v: unknown, max: number) => v === null || isText(v, max);
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function isStat(v: unknown): v is Stat {
  if (v === null) return true;
  if (typeof v !== 'object' || Array.isArray(v)) return false;
  const m = v as Record<keyof Measured, unknown>;
  return (
    isAmount(m.value) &&
    isAmount(m.low) &&
    isAmount(m.high) &&
    m.low <= m.value &&
    m.value <= m.high &&
    (STAT_SOURCES as readonly unknown[]).includes(m.source) &&
    isText(m.raw, 64)
  );
}

/**
 * The first-paint fields of a tab's reply, copied out; null when the reply says there is no
 * reading; undefined when this check cannot vouch for them (then the contract decides before
 * the paint, as it always did: an over-long name, say, is clipped by the contract).
 */
export function glanceOf(reply: unknown): ReadingGlance | null | undefined {
  if (typeof reply !== 'object' || reply === null) return undefined;
  const { ok, reading } = reply as { ok?: unknown; reading?: unknown };
  if (ok !== true) return undefined;
  if (reading === null) return null;
  if (typeof reading !== 'object' || reading === undefined || Array.isArray(reading))
    return undefined;
  const r = reading as Record<keyof ReadingGlance, unknown>;
  const fits =
    (SITE_IDS as readonly unknown[]).includes(r.platform) &&
    isTextOrNull(r.handle, 100) &&
    isTextOrNull(r.displayName, 200) &&
    isStat(r.followers);
  if (!fits) return undefined;
  return {
    platform: r.platform as ReadingGlance['platform'],
    handle: r.handle as string | null,
    displayName: r.displayName as string | null,
    followers: r.followers as Stat,
  };
}

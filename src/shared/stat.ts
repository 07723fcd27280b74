import { z } from 'zod';
import { STAT_SOURCES } from './stat-sources';

/**
 * A number read from a page, with where it came from and how exact it is.
 * "12.3K" is stored as value 12300, low 12250, high 12349. A value the page does not
 * show is `null` ("not visible"), never 0: see `Stat`.
 */
export const StatSource = z.enum(STAT_SOURCES);
export type StatSource = z.infer<typeof StatSource>;

export const Measured = z
  .object({
    value: z.number().finite().nonnegative(),
    low: z.number().finite().nonnegative(),
    high: z.number().finite().nonnegative(),
    source: StatSource,
    /** The text as shown (trimmed, at most 64 chars), so a reader can check the parse. */
    raw: z.string().max(64),
  })
  .refine((m) => m.low <= m.value && m.value <= m.high, 'low ≤ value ≤ high');
export type Measured = z.infer<typeof Measured>;

/** `null` means "not visible". */
export const Stat = Measured.nullable();
export type Stat = z.infer<typeof Stat>;

export function exact(value: number, source: StatSource, raw = String(value)): Measured {
  return { value, low: value, high: value, source, raw: raw.slice(0, 64) };
}

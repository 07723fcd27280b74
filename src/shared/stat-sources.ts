/**
 * Where a figure was read from: the values of StatSource (stat.ts), in a zod-free file so a
 * page's first paint can check a figure without loading zod.
 */
export const STAT_SOURCES = ['text', 'attribute', 'meta', 'json', 'manual'] as const;

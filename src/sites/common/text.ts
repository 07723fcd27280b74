/** Hashtags in a caption, without the "#", in order, de-duplicated (any script). */
export function hashtagsOf(text: string | null | undefined): string[] {
  if (!text) return [];
  const tags = text.match(/[#＃][\p{L}\p{N}\p{M}_]+/gu) ?? [];
  return [...new Set(tags.map((t) => t.slice(1)))].slice(0, 100);
}

export function clipText(text: string | null | undefined, max: number): string | null {
  if (!text) return null;
  const t = text.trim();
  return t ? t.slice(0, max) : null;
}

/** Unix seconds (TikTok createTime, Instagram taken_at) as ISO. */
export function isoFromUnix(value: unknown): string | null {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0
    ? new Date(n * 1000).toISOString()
    : null;
}

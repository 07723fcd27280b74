/**
 * Horizontal bars on a shared zero line, for values that may be negative (a losing ROI).
 * Pure numbers, so the layout is testable without a DOM.
 */
export interface Bar {
  /** Left edge and width in px; width 0 for a missing value. */
  x: number;
  width: number;
  negative: boolean;
}

export function barLayout(
  values: (number | null)[],
  left: number,
  span: number,
): { bars: Bar[]; zero: number } {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const lo = Math.min(0, ...known);
  const hi = Math.max(0, ...known);
  const range = hi - lo;
  const at = (v: number) => left + (range === 0 ? 0 : ((v - lo) / range) * span);
  const zero = at(0);
  const bars = values.map((v) => {
    if (v === null || !Number.isFinite(v)) return { x: zero, width: 0, negative: false };
    const end = at(v);
    return { x: Math.min(zero, end), width: Math.abs(end - zero), negative: v < 0 };
  });
  return { bars, zero };
}

/** Fixed row height (px): the windowed list computes positions instead of measuring rows. */
export const ROW_HEIGHT = 40;
/** Rows rendered beyond each edge of the view. */
export const OVERSCAN = 8;

export interface RowWindow {
  /** First rendered row (inclusive). */
  start: number;
  /** Past the last rendered row (exclusive). */
  end: number;
  /** Blank space above and below the rendered rows, so the scrollbar stays true. */
  padTop: number;
  padBottom: number;
}

/**
 * Which rows to render for a scroll position: the visible ones plus `overscan` on each side,
 * so a fast scroll does not flash blank lines. At 10,000 creators this keeps the DOM at a few
 * dozen rows whatever the list length.
 */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  total: number,
  rowHeight = ROW_HEIGHT,
  overscan = OVERSCAN,
): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first - overscan, total - shown - overscan));
  const end = Math.min(total, first + shown + overscan);
  return {
    start: Math.min(start, end),
    end,
    padTop: Math.min(start, end) * rowHeight,
    padBottom: (total - end) * rowHeight,
  };
}

/** The scrollTop that brings row `index` into view, or null when it already is. */
export function scrollToShow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight = ROW_HEIGHT,
): number | null {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return null;
}

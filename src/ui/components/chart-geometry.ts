/** One follower reading on the chart. */
export interface ChartPoint {
  /** ISO date-time of the reading. */
  at: string;
  followers: number;
}

export interface PlotBox {
  width: number;
  height: number;
  pad: number;
}

export interface Plotted {
  xy: { x: number; y: number }[];
  low: number;
  high: number;
}

/** Readings in time order; unreadable dates are dropped rather than drawn at 1970. */
export function timeOrdered(points: ChartPoint[]): ChartPoint[] {
  return points
    .filter((p) => Number.isFinite(Date.parse(p.at)) && Number.isFinite(p.followers))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * Maps readings into the box: time on x (by index when all share one instant), followers on
 * y with the axis widened a little when flat, so a constant line sits mid-height, not on an edge.
 */
export function plot(points: ChartPoint[], box: PlotBox): Plotted {
  const times = points.map((p) => Date.parse(p.at));
  const values = points.map((p) => p.followers);
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    const spread = Math.max(1, Math.abs(low) * 0.05);
    low -= spread;
    high += spread;
  }
  const t0 = Math.min(...times);
  const span = Math.max(...times) - t0;
  const innerW = box.width - 2 * box.pad;
  const innerH = box.height - 2 * box.pad;
  const xy = points.map((p, i) => {
    const along =
      span > 0 ? (times[i]! - t0) / span : points.length > 1 ? i / (points.length - 1) : 0.5;
    const up = (p.followers - low) / (high - low);
    return {
      x: round(box.pad + along * innerW),
      y: round(box.pad + (1 - up) * innerH),
    };
  });
  return { xy, low, high };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The SVG path through the plotted points. */
export function linePath(xy: { x: number; y: number }[]): string {
  return xy.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

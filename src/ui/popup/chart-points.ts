import type { ReadingRow } from '../../shared/creator';
import type { ManualEntries } from '../../shared/vetting';
import type { ChartPoint } from '../components/chart-geometry';

/** The reading history plus any series the marketer pasted, as points for the follower chart. */
export function chartPoints(readings: ReadingRow[], manual: ManualEntries): ChartPoint[] {
  const seen: ChartPoint[] = readings.flatMap((v) =>
    v.followers ? [{ at: v.capturedAt, followers: v.followers.value }] : [],
  );
  const pasted = manual.growthSeries.map((g) => ({
    at: `${g.date}T00:00:00.000Z`,
    followers: g.followers,
  }));
  return [...seen, ...pasted];
}

import type { SnapshotRow } from '../../shared/creator';
import type { ManualEntries } from '../../shared/vetting';
import type { ChartPoint } from '../components/chart-geometry';

/** The visit history plus any series the marketer pasted, as points for the follower chart. */
export function chartPoints(visits: SnapshotRow[], manual: ManualEntries): ChartPoint[] {
  const seen: ChartPoint[] = visits.flatMap((v) =>
    v.followers ? [{ at: v.capturedAt, followers: v.followers.value }] : [],
  );
  const pasted = manual.growthSeries.map((g) => ({
    at: `${g.date}T00:00:00.000Z`,
    followers: g.followers,
  }));
  return [...seen, ...pasted];
}

import type { Signal } from '../../shared/score';
import type { Ctx, PostView } from '../context';
import { insufficient, postEv, signal } from '../evidence';
import { bands, enough, holds, type Judgement } from '../compare';
import { fmt, median, pct, versus } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import type { Thresholds } from '../thresholds';
import { wordsFor } from '../words';
import { settledEvidence, settledOf } from '../settled';
import { withViews } from './views';

export const judgeOutliers = (share: number, T: Thresholds): Judgement =>
  bands(share, T, ['outliers.warn', 'outliers.fail']);

interface Odd {
  video: PostView;
  why: string;
}

/**
 * Videos far out of the creator's own pattern (vetting-reference cautions): views far above
 * the median, or likes ÷ views far from the creator's median — the visible trace of bought
 * views, since platforms remove fake views silently and leave the likes behind.
 */
function oddVideos(videos: readonly PostView[], T: Thresholds): Odd[] {
  const odd = new Map<PostView, string>();
  const views = median(videos.map((p) => p.views!))!;
  const spike = { ...T['outliers.viewsFactor'], comparison: '>=' as const };
  for (const p of videos) {
    if (holds(p.views! / views, spike)) odd.set(p, versus(p.views! / views, 'the median views'));
  }
  const liked = videos.filter((p) => p.likes !== null);
  if (enough(liked.length, T, 'outliers.minVideos')) {
    const perView = median(liked.map((p) => p.likes! / p.views!))!;
    const far = { ...T['outliers.ratioFactor'], comparison: '>=' as const };
    for (const p of liked) {
      const r = p.likes! / p.views!;
      const factor = perView > 0 && r > 0 ? Math.max(r / perView, perView / r) : 0;
      if (perView > 0 && (r === 0 || holds(factor, far)) && !odd.has(p))
        odd.set(p, `likes per view ${pct(r)} against the creator's median ${pct(perView)}`);
    }
  }
  return [...odd].map(([video, why]) => ({ video, why }));
}

export function outliersSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const w = wordsFor(ctx.record.platform);
  // A video still gathering views sits low and has more likes per view than it will keep.
  const settled = settledOf(ctx, withViews(ctx), 'outliers.minVideos');
  const videos = settled.use;
  const base = {
    id: SIGNAL.viewOutliers,
    label: signalLabel(SIGNAL.viewOutliers, w),
    unit: `share of ${w.posts}`,
    sampleSize: videos.length,
  };
  if (!enough(videos.length, T, 'outliers.minVideos')) {
    const why = () =>
      `${videos.length} ${w.posts} with a view count; need ${T['outliers.minVideos'].value} to see outliers.`;
    return insufficient(base, why, T, 'outliers.minVideos');
  }
  const odd = oddVideos(videos, T);
  const share = odd.length / videos.length;
  return signal({ ...base, value: share }, judgeOutliers(share, T), () => ({
    message: odd.length
      ? `${odd.length} of ${videos.length} ${w.posts} far out of the creator's own pattern (${pct(share, 0)}): ${odd[0]!.why}.`
      : `None of ${videos.length} ${w.posts} far above the median views or off the usual likes per view.`,
    evidence: [
      ...odd.map((o) => postEv(o.video.post, `${fmt(o.video.views)} views`, o.why)),
      ...settledEvidence(ctx, settled, 'views and likes', 'outliers.minVideos'),
    ],
  }));
}

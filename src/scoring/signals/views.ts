import type { Signal } from '../../shared/score';
import type { Ctx, PostView } from '../context';
import { ev, insufficient, postEv, signal } from '../evidence';
import { bands, enough, ref, type Judgement } from '../compare';
import { fmt, median, pct, ratio } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import type { ThresholdId, Thresholds } from '../thresholds';
import { TIKTOK_VIEWS_BANDS } from '../thresholds/views';
import { PLATFORM_NAME, wordsFor } from '../words';
import { leftOutNote, settledEvidence, settledOf } from '../settled';

export const judgeViewRate = (rate: number, T: Thresholds): Judgement =>
  bands(rate, T, ['views.rate.warn']);
/** Judged as a multiple of the follower band's "low" mark. */
export const judgeViewsEngagement = (multiple: number, T: Thresholds): Judgement =>
  bands(multiple, T, ['viewsEr.lowFailFactor', 'viewsEr.lowWarnFactor']);

export const withViews = (ctx: Ctx): PostView[] =>
  ctx.posts.filter((p) => p.views !== null && p.views > 0);

/** Views ÷ followers per video: the reach of a video platform, likes hidden or not. */
export function viewRateSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const w = wordsFor(ctx.record.platform);
  const settled = settledOf(ctx, withViews(ctx), 'views.minVideos');
  const videos = settled.use;
  const base = {
    id: SIGNAL.viewRate,
    label: signalLabel(SIGNAL.viewRate, w),
    unit: `median views / ${w.followers.replace(/s$/, '')}`,
    sampleSize: videos.length,
  };
  if (ctx.followers === null) {
    return insufficient(base, () => `${capital(w.followers)} not visible: no view rate.`, T);
  }
  if (!enough(videos.length, T, 'views.minVideos')) {
    const why = () =>
      `${videos.length} ${w.posts} with a view count; need ${T['views.minVideos'].value}.`;
    return insufficient(base, why, T, 'views.minVideos');
  }
  const views = median(videos.map((p) => p.views!))!;
  const rate = ratio(views, ctx.followers)!;
  return signal({ ...base, value: rate }, judgeViewRate(rate, T), () => {
    const sorted = [...videos].sort((a, b) => b.views! - a.views!);
    const caution =
      ctx.record.platform === 'tiktok'
        ? ' A low TikTok view rate alone is weak evidence of fraud: the feed decides reach.'
        : '';
    return {
      message: `Median ${fmt(Math.round(views))} views per ${w.post} is ${pct(rate)} of ${fmt(ctx.followers)} ${w.followers} (${[`${videos.length} ${w.posts}`, leftOutNote(ctx, settled)].filter(Boolean).join('; ')}).${caution}`,
      evidence: [
        ev(
          'number',
          `Median ${fmt(Math.round(views))} views over ${videos.length} ${w.posts} ÷ ${fmt(ctx.followers)} ${w.followers}`,
          'Platform-wide orientation, not a tier figure: Socialinsider TikTok 14.49% (2023), Instagram Reels 10.53%.',
        ),
        ...settledEvidence(ctx, settled, 'views', 'views.minVideos'),
        postEv(sorted[0]!.post, `Most viewed: ${fmt(sorted[0]!.views)} views`),
        postEv(sorted.at(-1)!.post, `Least viewed: ${fmt(sorted.at(-1)!.views)} views`),
      ],
    };
  });
}

/** The Modash band for a TikTok follower count, or null (below 1K, or another platform). */
function viewsBenchmarkId(ctx: Ctx): ThresholdId | null {
  if (ctx.record.platform !== 'tiktok' || ctx.followers === null) return null;
  return TIKTOK_VIEWS_BANDS.find(([min]) => ctx.followers! >= min)?.[1] ?? null;
}

/** (likes + comments [+ shares]) ÷ views, per video with both visible; hidden likes are never 0. */
export function viewsEngagementSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const w = wordsFor(ctx.record.platform);
  const videos = withViews(ctx);
  const settled = settledOf(
    ctx,
    videos.filter((p) => p.likes !== null),
    'viewsEr.minVideos',
  );
  const rated = settled.use;
  const base = {
    id: SIGNAL.viewsEngagement,
    label: signalLabel(SIGNAL.viewsEngagement, w),
    unit: 'fraction of views per video',
    sampleSize: rated.length,
  };
  if (!enough(rated.length, T, 'viewsEr.minVideos')) {
    const hidden = videos.filter((p) => p.likes === null).length;
    const why = () =>
      `${rated.length} ${w.posts} show both likes and views (likes not visible on ${hidden}); need ${T['viewsEr.minVideos'].value}.`;
    return insufficient(base, why, T, 'viewsEr.minVideos');
  }
  const rates = rated.map((p) => (p.likes! + (p.comments ?? 0) + (p.shares ?? 0)) / p.views!);
  const rate = median(rates)!;
  const benchId = viewsBenchmarkId(ctx);
  const counted = rated.some((p) => p.shares !== null)
    ? 'likes, comments and shares'
    : 'likes and comments';
  const figure = () => `Median ${pct(rate)} (${counted} ÷ views) over ${rated.length} ${w.posts}`;
  if (!benchId) {
    const why =
      ctx.record.platform === 'tiktok'
        ? 'no published band below 1,000 followers'
        : `no published views-based figure for ${PLATFORM_NAME[ctx.record.platform]} by tier`;
    return signal({ ...base, value: rate }, { verdict: 'insufficient', thresholds: [] }, () => ({
      message: `${figure()}: ${why}, so not judged.`,
      evidence: [
        ev('number', figure(), 'Compared only with the creator\u2019s own videos.'),
        ...settledEvidence(ctx, settled, 'views and likes', 'viewsEr.minVideos'),
      ],
    }));
  }
  const low = T[benchId];
  const note = leftOutNote(ctx, settled);
  const multiple = ratio(rate, low.value) ?? 0;
  const judged = judgeViewsEngagement(multiple, T);
  judged.thresholds.unshift(ref(low));
  return signal({ ...base, value: rate }, judged, () => ({
    message: `${figure()}${note ? ` (${note})` : ''} is ${multiple < 1 ? 'below' : 'at or above'} the ${pct(low.value)} "low" mark for TikTok creators with ${fmt(ctx.followers)} followers (Modash, 2025).`,
    evidence: [
      ev('number', `"Low" mark ${pct(low.value)} for ${low.label}`, low.source),
      ...settledEvidence(ctx, settled, 'views and likes', 'viewsEr.minVideos'),
    ],
  }));
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

import type { Evidence, Signal } from '../../shared/score';
import type { Ctx, PostView } from '../context';
import { ev, insufficient, postEv, signal } from '../evidence';
import { bands, enough, ref, type Judgement } from '../compare';
import { counted, fmt, median, pct, ratio, versus } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { NO_BENCHMARK } from '../thresholds/benchmarks';
import { TIER_LABEL } from '../tier';
import { PLATFORM_NAME, wordsFor } from '../words';
import { leftOutNote, settledEvidence, settledOf, type Settled } from '../settled';
import type { ThresholdId, Thresholds } from '../thresholds';

/** Judged on the median rate as a multiple of the benchmark. */
export function judgeEngagement(multiple: number, T: Thresholds): Judgement {
  return bands(multiple, T, ['er.lowFailFactor', 'er.lowWarnFactor', 'er.highWarnFactor'], 1);
}

/** The benchmark row for the creator's platform and tier; below nano uses nano's. */
function benchmarkId(ctx: Ctx): ThresholdId | null {
  const tier = ctx.tier === 'below-nano' ? 'nano' : ctx.tier;
  if (tier === 'unknown') return null;
  return `er.${ctx.record.platform}.${tier}` as ThresholdId;
}

export const engagementOf = (posts: readonly PostView[]): number | null =>
  median(posts.flatMap((p) => (p.er === null ? [] : [p.er])));

/** Posts with visible likes, those still gathering likes left out while enough older ones remain. */
export const ratedPosts = (ctx: Ctx): Settled =>
  settledOf(
    ctx,
    ctx.posts.filter((p) => p.er !== null),
    'er.minPosts',
  );

export function engagementSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const w = wordsFor(ctx.record.platform);
  const settled = ratedPosts(ctx);
  const rated = settled.use;
  const base = {
    id: SIGNAL.engagementRate,
    label: signalLabel(SIGNAL.engagementRate, w),
    unit: `fraction of ${w.followers} per ${w.post}`,
    sampleSize: rated.length,
  };
  const benchId = benchmarkId(ctx);
  if (ctx.followers === null || !benchId) {
    return insufficient(base, () => `${capital(w.followers)} not visible: no engagement rate.`, T);
  }
  if (!(benchId in T)) {
    const who = `${PLATFORM_NAME[ctx.record.platform]} ${TIER_LABEL[ctx.tier]} creators`;
    const gap = NO_BENCHMARK.find((g) => `er.${g.platform}.${g.tier}` === benchId);
    const why = () =>
      gap
        ? `No published per-follower benchmark for ${who} (${gap.why}).`
        : `No engagement benchmark for ${who} in the threshold table: no engagement rate.`;
    return insufficient(base, why, T);
  }
  if (!enough(rated.length, T, 'er.minPosts')) {
    const hidden = ctx.posts.filter((p) => p.er === null).length;
    const why = () =>
      `${rated.length} ${w.posts} with visible likes (likes not visible on ${hidden}, never counted as 0); need ${T['er.minPosts'].value}.`;
    return insufficient(base, why, T, 'er.minPosts');
  }
  const rate = engagementOf(rated)!;
  const bench = T[benchId];
  const multiple = ratio(rate, bench.value) ?? 0;
  const judged = judgeEngagement(multiple, T);
  judged.thresholds.unshift(ref(bench));
  const followers = ctx.followers;
  const note = leftOutNote(ctx, settled);
  return signal({ ...base, value: rate }, judged, () => ({
    message: `Median ${pct(rate)} over ${rated.length} ${w.posts} (likes and comments ÷ ${fmt(followers)} ${w.followers}${note ? `; ${note}` : ''}) is ${versus(multiple, `the ${pct(bench.value)} benchmark`)}.`,
    evidence: engagementEvidence(ctx, settled, bench),
  }));
}

function engagementEvidence(
  ctx: Ctx,
  settled: Settled,
  bench: Thresholds[ThresholdId],
): Evidence[] {
  const rated = settled.use;
  const sorted = [...rated].sort((a, b) => b.er! - a.er!);
  const likesOnly = rated.filter((p) => p.comments === null).length;
  const views = rated.flatMap((p) => (p.views === null ? [] : [p.views]));
  const evidence = [
    ev(
      'number',
      `Benchmark ${pct(bench.value)} for ${ctx.record.platform} ${TIER_LABEL[ctx.tier]}`,
      bench.source,
    ),
    ...settledEvidence(ctx, settled, 'likes and comments', 'er.minPosts'),
    ...sorted.slice(0, 3).map((p) => postEv(p.post, `Top post: ${pct(p.er)}`, postLine(p))),
    ...sorted.slice(-2).map((p) => postEv(p.post, `Lowest post: ${pct(p.er)}`, postLine(p))),
  ];
  if (views.length) {
    const viewRate = ratio(median(views), ctx.followers);
    const perView = median(
      rated.flatMap((p) => (p.views ? [(p.likes! + (p.comments ?? 0)) / p.views] : [])),
    );
    evidence.push(
      ev(
        'number',
        `Views-based: median views ${pct(viewRate)} of followers; engagement ${pct(perView)} of views`,
        `${views.length} posts show views; no source gives a views-based benchmark`,
      ),
    );
  }
  if (likesOnly)
    evidence.push(
      ev(
        'number',
        `${counted(likesOnly, 'post')} without visible comment counts: likes only (a lower bound)`,
      ),
    );
  return evidence;
}

function postLine(p: PostView): string {
  return `${fmt(p.likes)} likes, ${p.comments === null ? 'comments not visible' : `${fmt(p.comments)} comments`}${p.views === null ? '' : `, ${fmt(p.views)} views`}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

import type { Evidence, Signal } from '../../shared/score';
import type { Ctx, PostView } from '../context';
import { ev, insufficient, postEv, signal } from '../evidence';
import { bands, enough, type Judgement } from '../compare';
import { counted, median, pct, ratio, versus } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import { toIso3 } from '../text/language';
import type { Thresholds } from '../thresholds';
import { countryShare } from './geography';
import { languages, shareIn } from './languages';
import { nicheMatcher } from './niche-match';

export const judgeNiche = (score: number, T: Thresholds): Judgement =>
  bands(score, T, ['niche.warn', 'niche.fail']);
export const judgeNicheEngagement = (x: number, T: Thresholds): Judgement =>
  bands(x, T, ['nicheEngagement.warn']);

type OnNiche = { m: ReturnType<typeof nicheMatcher>; posts: { p: PostView; terms: string[] }[] };
const onNicheCache = new WeakMap<Ctx, OnNiche>();

/** Which visible posts are on-niche, with the terms each matched (once per score). */
function onNiche(ctx: Ctx): OnNiche {
  let hit = onNicheCache.get(ctx);
  if (!hit) {
    const m = nicheMatcher(ctx.brand);
    hit = { m, posts: ctx.posts.map((p) => ({ p, terms: m.inPost(p) })) };
    onNicheCache.set(ctx, hit);
  }
  return hit;
}

/**
 * 0–100: topic (share of on-niche posts, brand terms found, a term in the bio), target-language
 * comments and target-country audience, each weighted by the table; parts without data drop out.
 */
export function nicheSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const { m, posts } = onNiche(ctx);
  const parts: { w: number; x: number; what: () => string }[] = [];
  let evidence: () => Evidence[] = () => [];
  if (m.terms.length && (posts.length || ctx.record.bio)) {
    const on = posts.filter((e) => e.terms.length);
    const bioTerms = m.inText(ctx.record.bio);
    const found = new Set([...on.flatMap((e) => e.terms), ...bioTerms]);
    const wP = T['niche.topic.w.posts'].value,
      wC = T['niche.topic.w.coverage'].value,
      wB = T['niche.topic.w.bio'].value;
    const full = Math.max(1, Math.min(m.terms.length, T['niche.coverageTerms'].value));
    const topic =
      (wP * (ratio(on.length, posts.length) ?? 0) +
        wC * Math.min(1, found.size / full) +
        wB * (bioTerms.length ? 1 : 0)) /
      Math.max(1e-9, wP + wC + wB);
    parts.push({
      w: T['niche.w.topic'].value,
      x: topic,
      what: () => `topic ${pct(topic, 0)} (${on.length} of ${posts.length} posts on-niche)`,
    });
    evidence = () => {
      const out: Evidence[] = [];
      if (bioTerms.length) out.push(ev('keyword', `Bio mentions: ${bioTerms.join(', ')}`));
      for (const e of on.slice(0, 6)) out.push(postEv(e.p.post, `On-niche: ${e.terms.join(', ')}`));
      const missing = m.terms.filter((t) => !found.has(t)).slice(0, 10);
      if (missing.length) out.push(ev('keyword', `Not found: ${missing.join(', ')}`));
      return out;
    };
  }
  const targets = ctx.brand.targetLanguages.map(toIso3);
  const { mix } = languages(ctx);
  if (targets.length && enough(mix.sampleSize, T, 'language.minComments')) {
    const x = shareIn(mix, targets);
    parts.push({
      w: T['niche.w.language'].value,
      x,
      what: () => `${pct(x, 0)} of comments in ${targets.join('/')}`,
    });
  }
  const market = countryShare(ctx, ctx.brand.targetCountries);
  if (market !== null)
    parts.push({
      w: T['niche.w.market'].value,
      x: market,
      what: () => `${pct(market, 0)} of audience in target countries`,
    });
  const base = {
    id: SIGNAL.nicheFit,
    label: signalLabel(SIGNAL.nicheFit, wordsFor(ctx.record.platform)),
    unit: 'score 0–100',
    sampleSize: posts.length,
  };
  const wSum = parts.reduce((s, p) => s + Math.max(0, p.w), 0);
  if (!parts.length || wSum <= 0) {
    const why = () =>
      'Set brand keywords, target languages or countries in the options to score niche fit.';
    return insufficient(base, why, T);
  }
  const score = Math.round((100 * parts.reduce((s, p) => s + Math.max(0, p.w) * p.x, 0)) / wSum);
  return signal({ ...base, value: score }, judgeNiche(score, T), () => ({
    message: `Niche fit ${score}/100: ${parts.map((p) => p.what()).join('; ')}.`,
    evidence: evidence(),
  }));
}

/** 000: prefer creators whose on-niche posts earn their highest engagement. */
export function nicheEngagementSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const { m, posts } = onNiche(ctx);
  const rated = posts.filter((e) => e.p.er !== null);
  const on = rated.filter((e) => e.terms.length),
    off = rated.filter((e) => !e.terms.length);
  const base = {
    id: SIGNAL.nicheEngagement,
    label: signalLabel(SIGNAL.nicheEngagement, wordsFor(ctx.record.platform)),
    unit: '× other posts',
    sampleSize: rated.length,
  };
  const min = T['nicheEngagement.minPosts'].value;
  if (!m.terms.length) return insufficient(base, () => 'No brand keywords or categories set.', T);
  if (
    !enough(on.length, T, 'nicheEngagement.minPosts') ||
    (off.length > 0 && !enough(off.length, T, 'nicheEngagement.minPosts'))
  ) {
    const why = () =>
      `${on.length} on-niche and ${counted(off.length, 'other post')} with visible likes; need ${min} of each (or only on-niche posts).`;
    return insufficient(base, why, T, 'nicheEngagement.minPosts');
  }
  const evidence = () => {
    const top = [...rated].sort((a, b) => b.p.er! - a.p.er!)[0]!;
    const where = top.terms.length ? 'on-niche' : 'off-niche';
    return [postEv(top.p.post, `Highest engagement (${pct(top.p.er)}) is ${where}`)];
  };
  if (!off.length) {
    return signal({ ...base, value: 1 }, judgeNicheEngagement(1, T), () => ({
      message: `All ${on.length} rated posts are on-niche: nothing else to compare with.`,
      evidence: evidence(),
    }));
  }
  const x = ratio(median(on.map((e) => e.p.er!)), median(off.map((e) => e.p.er!))) ?? 0;
  return signal({ ...base, value: x }, judgeNicheEngagement(x, T), () => ({
    message: `On-niche posts' engagement is ${versus(x, 'the median of the other posts')} (${on.length} vs ${off.length} posts).`,
    evidence: evidence(),
  }));
}

import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { insufficient, postEv, signal } from '../evidence';
import { bands, enough, type Judgement } from '../compare';
import { fmt, versus } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';
import { partnershipFacts, type Sponsored } from './analysis';

const BY: Record<Sponsored['by'], string> = {
  label: "the site's paid-partnership label",
  hashtag: 'a disclosure hashtag',
  words: 'the caption says so',
};

export const judgeSponsoredShare = (share: number, T: Thresholds): Judgement =>
  bands(share, T, ['partnership.share.warn']);

const NO_RIVALS: readonly string[] = [];
// Computed once per score however many signals ask (partnershipFacts remembers its answer).
export const factsOf = (ctx: Ctx) =>
  partnershipFacts(ctx.posts, ctx.record.handle ?? '', ctx.brand.competitors ?? NO_RIVALS);

export const sponsoredEv = (s: Sponsored, extra = '') =>
  postEv(
    s.view.post,
    s.brands.length ? `Sponsored: ${s.brands.map((b) => `@${b}`).join(', ')}` : 'Sponsored',
    `found by ${BY[s.by]}${extra}`,
  );

/** Issue 17: how much of the feed is paid (Favikon flags more than 30%). */
export function sponsoredShareSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const f = factsOf(ctx);
  const n = ctx.posts.length;
  const base = {
    id: SIGNAL.sponsoredShare,
    label: signalLabel(SIGNAL.sponsoredShare, wordsFor(ctx.record.platform)),
    unit: 'share of posts',
    sampleSize: n,
  };
  const evidence = () => f.sponsored.slice(0, 8).map((s) => sponsoredEv(s));
  if (!enough(n, T, 'partnership.share.minPosts') || f.share === null)
    return insufficient(
      base,
      () => ({
        message: `${f.sponsored.length} sponsored among ${n} posts read: too few posts to judge the share.`,
        evidence: evidence(),
      }),
      T,
      'partnership.share.minPosts',
    );
  const share = f.share;
  return signal({ ...base, value: share }, judgeSponsoredShare(share, T), () => ({
    message:
      `${f.sponsored.length} of ${n} posts are sponsored (${fmt(share * 100, 0)}%)` +
      (f.lift === null
        ? '.'
        : `; their engagement is ${versus(f.lift, 'that of the organic posts')}.`) +
      (f.brands.length
        ? ` Brands: ${f.brands
            .slice(0, 6)
            .map((b) => `@${b.name}`)
            .join(', ')}.`
        : ''),
    evidence: evidence(),
  }));
}

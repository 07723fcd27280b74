import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { insufficient, postEv, signal } from '../evidence';
import { bands, enough, type Judgement } from '../compare';
import { counted, fmt, versus } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';
import { partnershipFacts, type Sponsored } from './analysis';

const DAY = 86_400_000;
const BY: Record<Sponsored['by'], string> = {
  label: "the site's paid-partnership label",
  hashtag: 'a disclosure hashtag',
  words: 'the caption says so',
};

export const judgeSponsoredShare = (share: number, T: Thresholds): Judgement =>
  bands(share, T, ['partnership.share.warn']);
export const judgeConflict = (n: number, T: Thresholds): Judgement =>
  bands(n, T, ['partnership.conflict.fail']);

const NO_RIVALS: readonly string[] = [];
// Computed once per score however many signals ask (partnershipFacts remembers its answer).
const factsOf = (ctx: Ctx) =>
  partnershipFacts(ctx.posts, ctx.record.handle ?? '', ctx.brand.competitors ?? NO_RIVALS);

const sponsoredEv = (s: Sponsored, extra = '') =>
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

/** Issue 17: a partnership with a competitor from the brand profile within the chosen window. */
export function competitorConflictSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const competitors = ctx.brand.competitors ?? [];
  const f = factsOf(ctx);
  const base = {
    id: SIGNAL.competitorConflict,
    label: signalLabel(SIGNAL.competitorConflict, wordsFor(ctx.record.platform)),
    unit: 'posts',
    sampleSize: f.sponsored.length,
  };
  if (!competitors.length)
    return insufficient(
      base,
      () => 'No competitors in the brand profile: add them in the options to check for conflicts.',
      T,
    );
  const days = T['partnership.conflict.days'].value;
  const since = ctx.now - days * DAY;
  const withRival = f.sponsored.filter((s) => s.rivals.length);
  const recent = withRival.filter((s) => s.view.postedAt !== null && s.view.postedAt >= since);
  const undated = withRival.filter((s) => s.view.postedAt === null).length;
  const undatedWords = (n: number) =>
    n === 1
      ? '1 undated one names a competitor: check its date'
      : `${n} undated ones name a competitor: check their dates`;
  return signal({ ...base, value: recent.length }, judgeConflict(recent.length, T), () => ({
    message: recent.length
      ? `${counted(recent.length, 'sponsored post')} for ${[...new Set(recent.flatMap((s) => s.rivals))].join(', ')} in the last ${days} days.`
      : `No sponsored post for a competitor in the last ${days} days among ${f.sponsored.length} sponsored posts read` +
        (undated ? ` (${undatedWords(undated)}).` : '.'),
    evidence: [...recent, ...withRival.filter((s) => !recent.includes(s))]
      .slice(0, 8)
      .map((s) => sponsoredEv(s, `; names ${s.rivals.join(', ')}`)),
  }));
}

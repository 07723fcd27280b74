import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, postEv, signal } from '../evidence';
import { bands, enough, type Judgement } from '../compare';
import { counted, fmt, isNum, median, pct, ratio } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';
import { settledEvidence, settledOf } from '../settled';

export const judgeCommentsPer100 = (x: number, T: Thresholds): Judgement =>
  bands(x, T, [
    'ratio.commentsPer100.lowFail',
    'ratio.commentsPer100.lowWarn',
    'ratio.commentsPer100.highWarn',
    'ratio.commentsPer100.highFail',
  ]);
export const judgeSaves = (x: number, T: Thresholds): Judgement =>
  bands(x, T, ['ratio.savesToLikes.warn', 'ratio.savesToLikes.fail']);
export const judgeFollowing = (x: number, T: Thresholds): Judgement =>
  bands(x, T, ['ratio.following.warn', 'ratio.following.fail']);

/** Comments per 100 likes, median over posts showing both (SpendVet: 2–5 is normal). */
export function commentsPerLikesSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  // Comments come in faster than likes (CampaignDeus, 2018): a young post's ratio runs high.
  const settled = settledOf(
    ctx,
    ctx.posts.filter((p) => p.likes !== null && p.likes > 0 && p.comments !== null),
    'ratio.commentsPer100.minPosts',
  );
  const both = settled.use;
  const base = {
    id: SIGNAL.commentsPerLikes,
    label: signalLabel(SIGNAL.commentsPerLikes, wordsFor(ctx.record.platform)),
    unit: 'comments / 100 likes',
    sampleSize: both.length,
  };
  if (!enough(both.length, T, 'ratio.commentsPer100.minPosts')) {
    const why = () =>
      `Likes and comments are both visible on ${counted(both.length, 'post')}; need ${T['ratio.commentsPer100.minPosts'].value}.`;
    return insufficient(base, why, T, 'ratio.commentsPer100.minPosts');
  }
  const per = both.map((p) => ({ p, x: (p.comments! / p.likes!) * 100 }));
  const value = median(per.map((e) => e.x))!;
  return signal({ ...base, value }, judgeCommentsPer100(value, T), () => ({
    message: `Median ${fmt(value, 1)} comments per 100 likes over ${both.length} posts (normal: 2–5).`,
    evidence: [
      ...per
        .slice(0, 6)
        .map(({ p, x }) =>
          postEv(
            p.post,
            `${fmt(x, 1)} comments per 100 likes`,
            `${fmt(p.comments)} comments, ${fmt(p.likes)} likes`,
          ),
        ),
      ...settledEvidence(ctx, settled, 'likes', 'ratio.commentsPer100.minPosts'),
    ],
  }));
}

/** Saves ÷ likes: saves come from the creator's insights (manual), likes from the visible posts. */
export function savesSignal(ctx: Ctx): Signal {
  const { T, manual } = ctx;
  const likes = median(ctx.posts.flatMap((p) => (p.likes === null ? [] : [p.likes])));
  const base = {
    id: SIGNAL.savesToLikes,
    label: signalLabel(SIGNAL.savesToLikes, wordsFor(ctx.record.platform)),
    unit: 'saves / like',
    sampleSize: isNum(manual.saves) ? 1 : 0,
  };
  const value = isNum(manual.saves) ? ratio(manual.saves, likes) : null;
  if (value === null) {
    const why = () =>
      isNum(manual.saves)
        ? 'No visible likes to compare saves with.'
        : "Saves are only in the creator's insights: enter average saves per post.";
    return insufficient(base, why, T, 'ratio.savesToLikes.warn');
  }
  return signal({ ...base, value }, judgeSaves(value, T), () => ({
    message: `Saves are ${pct(value)} of likes.`,
    evidence: [
      ev(
        'manual',
        `${fmt(manual.saves)} saves per post (entered) ÷ median ${fmt(likes)} likes = ${pct(value)}`,
      ),
    ],
  }));
}

/** Following ÷ followers: far more follows than followers suggests follow-for-follow growth. */
export function followingSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const value = ratio(ctx.following, ctx.followers);
  const base = {
    id: SIGNAL.followingRatio,
    label: signalLabel(SIGNAL.followingRatio, wordsFor(ctx.record.platform)),
    unit: 'following / follower',
    sampleSize: value === null ? 0 : 1,
  };
  if (value === null)
    return insufficient(
      base,
      () => 'Following or follower count not visible.',
      T,
      'ratio.following.warn',
    );
  return signal({ ...base, value }, judgeFollowing(value, T), () => ({
    message: `Follows ${fmt(value)} accounts per follower.`,
    evidence: [
      ev('number', `Follows ${fmt(ctx.following)} accounts, followed by ${fmt(ctx.followers)}`),
    ],
  }));
}

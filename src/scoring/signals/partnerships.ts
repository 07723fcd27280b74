import type { Signal } from '../../shared/score';
import type { Ctx, PostView } from '../context';
import { insufficient, postEv, signal } from '../evidence';
import { bands, type Judgement } from '../compare';
import { counted, fmt, ratio, versus } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';
import { engagementOf, ratedPosts } from './engagement';
import { settledEvidence, settledOf } from '../settled';
import { disclosureOfView } from '../partnerships/analysis';

/** Sponsored by the site's label, a disclosure tag or words, in many languages (issue 17). */
const isSponsored = (p: PostView): boolean => disclosureOfView(p) !== null;

export const judgePartnership = (x: number, T: Thresholds): Judgement =>
  bands(x, T, ['partnership.warn']);

/** 000 checklist: past brand partnerships — found by disclosure, judged by their engagement. */
export function partnershipSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const sponsored = ctx.posts.filter(isSponsored);
  const base = {
    id: SIGNAL.partnerships,
    label: signalLabel(SIGNAL.partnerships, wordsFor(ctx.record.platform)),
    unit: '× median post',
    sampleSize: sponsored.length,
  };
  if (!sponsored.length) {
    const why = () =>
      `No #ad, #sponsored or "paid partnership" among ${ctx.posts.length} visible posts: review partnerships by hand.`;
    return insufficient(base, why, T);
  }
  // A sponsored post from a few hours ago is still gathering likes: against settled posts it
  // would look like a partnership that flopped.
  const rated = settledOf(
    ctx,
    sponsored.filter((p) => p.er !== null),
    1,
  );
  const evidence = () => [
    ...sponsored
      .slice(0, 8)
      .map((p) =>
        postEv(
          p.post,
          'Disclosed partnership',
          p.er === null ? 'likes not visible' : `engagement ${fmt(p.er * 100, 2)}%`,
        ),
      ),
    ...settledEvidence(ctx, rated, 'likes and comments', 1),
  ];
  const x = ratio(engagementOf(rated.use), engagementOf(ratedPosts(ctx).use));
  if (x === null) {
    const why = () => ({
      message: `${counted(sponsored.length, 'disclosed partnership post')} found; likes not visible to judge their performance.`,
      evidence: evidence(),
    });
    return insufficient(base, why, T, 'partnership.warn');
  }
  return signal({ ...base, value: x }, judgePartnership(x, T), () => ({
    message: `${counted(sponsored.length, 'disclosed partnership post')}; their engagement is ${versus(x, "the creator's median")}.`,
    evidence: evidence(),
  }));
}

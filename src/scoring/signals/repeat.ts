import type { Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, MAX_EVIDENCE, signal } from '../evidence';
import { bands, type Judgement } from '../compare';
import { counted, pct } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';

export const judgeRepeat = (share: number, T: Thresholds): Judgement =>
  bands(share, T, ['repeat.warn']);

/**
 * The same accounts commenting on post after post (engagement pods). Counts the comments written
 * by accounts seen on at least `repeat.minPosts` of the sampled posts.
 */
export function repeatSignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const minPosts = T['repeat.minPosts'].value;
  const postsByAuthor = new Map<string, Set<string>>();
  const sampledPosts = new Set<string>();
  for (const c of ctx.comments) {
    const author = c.comment.author.toLowerCase();
    if (!author) continue;
    sampledPosts.add(c.post.post.url);
    let set = postsByAuthor.get(author);
    if (!set) postsByAuthor.set(author, (set = new Set()));
    set.add(c.post.post.url);
  }
  const base = {
    id: SIGNAL.repeatCommenters,
    label: signalLabel(SIGNAL.repeatCommenters, wordsFor(ctx.record.platform)),
    unit: 'share of sampled comments',
    sampleSize: ctx.comments.length,
  };
  if (sampledPosts.size < minPosts || ctx.comments.length === 0) {
    const why = () =>
      `Comments sampled on ${counted(sampledPosts.size, 'post')}; need ${minPosts} to see repeats.`;
    return insufficient(base, why, T, 'repeat.minPosts');
  }
  const repeaters = [...postsByAuthor].filter(([, posts]) => posts.size >= minPosts);
  const repeaterSet = new Set(repeaters.map(([a]) => a));
  const byRepeaters = ctx.comments.filter((c) =>
    repeaterSet.has(c.comment.author.toLowerCase()),
  ).length;
  const share = byRepeaters / ctx.comments.length;
  return signal({ ...base, value: share }, judgeRepeat(share, T), () => ({
    message: `${counted(repeaters.length, 'account')} commented on ${minPosts}+ of ${sampledPosts.size} sampled posts; they wrote ${pct(share, 0)} of the comments.`,
    evidence: repeaters
      .sort((a, b) => b[1].size - a[1].size)
      .slice(0, MAX_EVIDENCE)
      .map(([author, posts]) =>
        ev(
          'comment',
          `@${author} commented on ${posts.size} of ${sampledPosts.size} sampled posts`,
          [...posts].slice(0, 5).join('\n'),
        ),
      ),
  }));
}

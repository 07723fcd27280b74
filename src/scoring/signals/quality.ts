import type { Evidence, Signal } from '../../shared/score';
import type { CommentView, Ctx } from '../context';
import { commentEv, insufficient, signal } from '../evidence';
import { bands, enough, worse, type Judgement } from '../compare';
import { counted, pct } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { ThresholdId, Thresholds } from '../thresholds';

const KINDS = ['generic', 'emojiOnly', 'duplicate', 'spam'] as const;
type Kind = (typeof KINDS)[number];
const NAME: Record<Kind, string> = {
  generic: 'generic praise',
  emojiOnly: 'emoji only',
  duplicate: 'duplicated',
  spam: 'spam / self-promotion (off-topic)',
};

interface QualityShares {
  n: number;
  shares: Record<Kind, number>;
  /** Share of comments in at least one low-quality kind. */
  lowQuality: number;
  examples: Record<Kind, CommentView[]>;
}

/** Counts each kind over the sample; duplicates are texts seen twice or more. */
function qualityShares(comments: readonly CommentView[]): QualityShares {
  const seen = new Map<string, number>();
  for (const c of comments)
    if (c.facts.key) seen.set(c.facts.key, (seen.get(c.facts.key) ?? 0) + 1);
  const counts: Record<Kind, number> = { generic: 0, emojiOnly: 0, duplicate: 0, spam: 0 };
  const examples: Record<Kind, CommentView[]> = {
    generic: [],
    emojiOnly: [],
    duplicate: [],
    spam: [],
  };
  let low = 0;
  const add = (k: Kind, c: CommentView) => {
    counts[k]++;
    if (examples[k].length < 3) examples[k].push(c);
  };
  for (const c of comments) {
    const f = c.facts;
    const dup = (seen.get(f.key) ?? 0) > 1;
    if (f.generic) add('generic', c);
    if (f.emojiOnly) add('emojiOnly', c);
    if (dup) add('duplicate', c);
    if (c.spam) add('spam', c);
    if (f.generic || f.emojiOnly || dup || c.spam) low++;
  }
  const n = comments.length;
  const share = (k: number) => (n ? k / n : 0);
  return {
    n,
    shares: {
      generic: share(counts.generic),
      emojiOnly: share(counts.emojiOnly),
      duplicate: share(counts.duplicate),
      spam: share(counts.spam),
    },
    lowQuality: share(low),
    examples,
  };
}

const ids = (k: Kind): ThresholdId[] => [`quality.${k}.warn`, `quality.${k}.fail`];

/** Each kind judged on its own share; the worst decides. */
export function judgeQuality(shares: Record<Kind, number>, T: Thresholds): Judgement {
  const parts = KINDS.map((k) => bands(shares[k], T, ids(k)));
  const fired = parts.filter((p) => p.verdict !== 'pass');
  return {
    verdict: parts.reduce((v, p) => worse(v, p.verdict), 'pass' as Judgement['verdict']),
    thresholds: (fired.length ? fired : parts).flatMap((p) => p.thresholds),
  };
}

export function qualitySignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const q = qualityShares(ctx.comments);
  const base = {
    id: SIGNAL.engagementQuality,
    label: signalLabel(SIGNAL.engagementQuality, wordsFor(ctx.record.platform)),
    unit: 'share of sampled comments',
    sampleSize: q.n,
  };
  if (!enough(q.n, T, 'quality.minComments')) {
    const why = () =>
      `${counted(q.n, 'visible comment')}; need ${T['quality.minComments'].value}. Open a few posts so their comments are read.`;
    return insufficient(base, why, T, 'quality.minComments');
  }
  return signal({ ...base, value: q.lowQuality }, judgeQuality(q.shares, T), () => {
    const parts = KINDS.map((k) => `${pct(q.shares[k], 0)} ${NAME[k]}`).join(', ');
    return {
      message: `Of ${q.n} sampled comments: ${parts}; ${pct(q.lowQuality, 0)} low-quality in all.`,
      evidence: examplesEv(q),
    };
  });
}

/** Examples of each kind in turn (so a capped list shows every kind), each comment once. */
function examplesEv(q: QualityShares): Evidence[] {
  const kindsOf = new Map<CommentView, string[]>();
  for (let i = 0; i < 3; i++) {
    for (const k of KINDS) {
      const c = q.examples[k][i];
      if (c) kindsOf.set(c, [...(kindsOf.get(c) ?? []), NAME[k]]);
    }
  }
  return [...kindsOf].map(([c, kinds]) => commentEv(c.comment, kinds.join(' + '), c.post.post));
}

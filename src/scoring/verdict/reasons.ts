import type { Platform } from '../../shared/model';
import type { TierId, VerdictReason } from '../../shared/score';
import type { Judged, Standing } from '../judgement';
import { pct } from '../num';
import { leftOutOf } from '../settled';
import { SIGNAL } from '../signal-ids';
import { TIER_LABEL } from '../tier';
import type { ThresholdId, Thresholds } from '../thresholds';
import { PLATFORM_NAME, wordsFor } from '../words';

const TONE: Record<Standing, VerdictReason['tone']> = {
  clear: 'good',
  concern: 'warn',
  thin: 'warn',
  redFlag: 'bad',
  open: 'missing',
};

/** Reasons travel as one CSV cell separated by ";": inside a reason a comma does the job. */
const cut = (s: string, n = 480) => {
  const t = s.replace(/\s*;\s*/g, ', ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

export interface ReasonContext {
  platform: Platform;
  tier: TierId;
  T: Thresholds;
}

/** One reason in plain words with its figures, from a judged signal; the words built when read. */
export function reasonOf(j: Judged, c: ReasonContext): VerdictReason {
  let text: string | undefined;
  return {
    signalId: j.signal.id,
    tone: TONE[j.standing],
    get text() {
      return (text ??= cut(reasonText(j, c)));
    },
  };
}

function reasonText(j: Judged, c: ReasonContext): string {
  const s = j.signal;
  let text = s.message;
  if (s.id === SIGNAL.engagementRate && s.value !== null) text = engagementText(j, c) ?? text;
  if (j.standing === 'open') text = openText(j, c) ?? text;
  if (j.standing === 'thin' && j.avoidMin) {
    const min = c.T[j.avoidMin];
    text = `${text} Only ${s.sampleSize} ${min.unit} behind it, fewer than the ${min.value} a red flag needs.`;
  }
  return text;
}

/** "Median 2.1% engagement per post … against 3.86% for Instagram micro creators (IMH, 2021)". */
function engagementText(j: Judged, c: ReasonContext): string | null {
  const bench = j.signal.thresholds[0];
  const row = bench && (c.T as Record<string, Thresholds[ThresholdId]>)[bench.id];
  if (!bench || !row || row.effect !== 'benchmark') return null;
  const w = wordsFor(c.platform);
  const tier = c.tier === 'below-nano' ? 'nano' : c.tier;
  const cite = row.cite ? ` (${row.cite})` : '';
  // The young posts it leaves out, so its count agrees with the popup's "Judged on N posts".
  const young = leftOutOf(j.signal.evidence);
  return `Median ${pct(j.signal.value)} engagement per ${w.post} (likes and comments ÷ ${w.followers}, ${j.signal.sampleSize} ${w.posts}${young ? `, ${young}` : ''}) against ${pct(bench.value)} for ${PLATFORM_NAME[c.platform]} ${TIER_LABEL[tier]} creators${cite}.`;
}

/** A key point without evidence: what is still open, in words. */
function openText(j: Judged, c: ReasonContext): string | null {
  const w = wordsFor(c.platform);
  switch (j.signal.id) {
    case SIGNAL.engagementQuality:
      return `No comments read yet: whether the audience writes real comments or generic praise and spam is still open.`;
    case SIGNAL.engagementRate:
      return `Fewer than 3 ${w.posts} with visible likes: engagement is still open.`;
    case SIGNAL.viewRate:
      return `Fewer than 5 ${w.posts} with a view count: reach is still open.`;
    default:
      return null;
  }
}

/** Hidden likes are "not visible", never 0: say which judgements that leaves open. */
export function hiddenLikesReason(
  hidden: number,
  total: number,
  platform: Platform,
): VerdictReason | null {
  if (hidden === 0 || total === 0) return null;
  const w = wordsFor(platform);
  const open =
    hidden === total
      ? `engagement by ${w.followers} and by views stay open`
      : `only ${total - hidden} of them ${total - hidden === 1 ? 'counts' : 'count'} towards engagement`;
  return {
    signalId: SIGNAL.engagementRate,
    tone: 'missing',
    text: `Likes not visible on ${hidden} of ${total} ${w.posts} (never counted as 0): ${open}.`,
  };
}
